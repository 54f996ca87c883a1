"""Per-point cues: who speaks, what they do and how strongly, tone, details, who initiated the call.

Cues are found with small lexicons shipped as data files, ``readouts/data/cues_<language>.json``
(English ``en``, Russian ``ru`` and Chinese ``zh``). Every cue keeps its exact character span in
the point's text, so a flag can show the words that prove it. Everything here is a pure function
of a point's text plus its readout's side, language and participants.

>>> from readouts import Readout
>>> ru = Readout.from_text("Blinken agreed that the question deserves further discussion.", side="RU")
>>> c = readout_cues(ru, counterpart_side="US")[0]
>>> c.speaker, c.acts[0].name, c.acts[0].commits
('counterpart', 'agreed', True)
>>> [(a.speaker, a.text) for a in c.claims]
[('counterpart', 'agreed')]

Lexicon file format (one JSON object per language):

``acts``
    ``{name: {"strength": 0-4, "polarity": 1|-1 (default 1), "commits": bool (default false),
    "terms": [...]}}``. The ordinal strength scale: 0 discussed / exchanged views, 1 said / noted,
    2 stressed / reaffirmed / welcomed / expressed concern / supported / proposed / agreed / accepted,
    3 urged / called for / pressed / opposed, 4 demanded / warned. ``commits`` marks agreement or
    acceptance (a commitment, not just talk); ``polarity`` -1 marks opposition.
``inner_adverbs``
    Suffixes of an adverb that may stand between the words of an act term ("-ly": "asked directly
    whether" is a question, as "asked whether" is, not the request "asked"; "called repeatedly for"),
    or a list of such adverbs joined by commas and "and" ("talked candidly, substantively and
    constructively about" is "talked about");
    a term that holds the adverb itself wins ("spoke positively of" is welcomed, not "spoke of").
``past_markers``
    Words that set an act before the call when they stand within three words before it ("had
    previously committed", "ранее обязался", "一再承诺"); a year does so there or right after the act
    ("в 1990 году обязался", "had promised in 2022"); one right after a verb in the perfect does
    too ("the US had stated many times that", "has said repeatedly"; not "stressed repeatedly", which
    may be the call's emphasis). Such an act is recalled: no claim, no commitment.
    A verb joined by "and" to a single verb right after one shares it ("had recently made and agreed
    to": both recalled; not "earlier invaded Ukraine and agreed"); in Chinese, an act opening a
    clause that "，并" joins to a clause holding one, no new reporting verb between, shares it
    ("中国不久前隆重纪念……，并邀请……": the invitation came then too; not a verb of saying, which goes back
    to the frame: "王毅回顾说，美方曾同意……，并强调……"). A tone word after one in its
    clause describes a talk before the call, not this one ("over the past four years the two sides
    held fruitful dialogue"; unless hoped for again).
``past_actors`` (optional)
    Actors of earlier times ("successive ... administrations", "предыдущие администрации", "历届
    ... 政府"): an act whose subject such an actor is, in its clause before it (no punctuation
    between, no other actor after it), is their record before the call, recalled ("successive US
    administrations have made clear commitments", "美国历届政府对此都作出过明确承诺").
``reported_past_markers``
    Past markers that set an act before the call only in what another act reports: "отметил, что
    Вашингтон неоднократно отвергал" is the US record, while "Трамп неоднократно подчёркивал
    необходимость мира" is his emphasis in the call ("Как неоднократно заявлял Путин", the
    readout's own recall, takes "как неоднократно" among ``past_markers``).
``thanked_for``
    Phrases of thanks or praise whose object and "for" run up to the act ("thanked ... for",
    "grateful ... for": up to four words between): what one side is thanked or praised for, it did
    before the thanks ("Putin thanked Erdoğan for accepting his invitation", "praised Beijing for
    agreeing to the talks"), so the act is recalled: no claim, no commitment of this call. A term
    that ends in "..." runs up to the act, its gap taking the act's subject ("благодар* ... за то,
    что ...": "поблагодарил Эрдогана за то, что он принял приглашение"; "感谢 ...": "感谢埃尔多安接受
    邀请", which has no "for"), a pronoun there being the actor thanked (Erdoğan accepted), within
    its clause (not "..., и подчеркнул").
``noun_relatives``
    ``{"acts": [...], "openers": [...], "auxiliaries": [...]}``: a relative clause after a noun whose
    act (one of ``acts``: talk, "discussed") names that noun as a topic of talk, its subject an actor
    or a pronoun (an opener before it at most: "that", "which"; an auxiliary and an adverb after it
    at most), its noun right after a ``determiners`` or ``possessive_determiners`` word (one
    adjective between at most): "on the issues they had discussed", "the questions that the two
    sides discussed" name a topic, no act of this call (as "the agreements reached"); see
    :func:`_noun_relative`. Other acts there keep their reading ("thanked Putin for the support he
    had offered": his act, recalled; "the proposal that the two sides agreed to study").
    ``partitives`` (optional): words that set the noun after a copula as a set its subject belongs
    to ("among", "one of"): "Iran was among the subjects they covered", no auxiliary in the clause,
    says the subject was talked about, an act of this call (with "had discussed", still a topic).
``thanked_for_relative``
    ``{"openers": [...], "opener_required": bool, "auxiliaries": [...]}``: a relative clause after
    what a ``thanked_for`` term that ends in its "for" thanks for, its subject one of ``pronouns``
    (an opener before it: "that", "котор*"; an auxiliary after it at most): the act in it is the
    thanked actor's, recalled ("thanked Wang for the support he had offered", "поблагодарил
    Эрдогана за помощь, которую он предложил"); not across a coordinator ("for the call and he
    proposed": the speaker's act in the call).
``relative_days``
    Words that date a point by the day it was published ("today", "that day", "on Tuesday", "had
    just spoken", "сегодня", "当天"): the day is told, only not as a date, so a linked point's date
    is no detail this one lacks (:mod:`readouts.flags`, ``detail_mismatch``).
``courtesy``
    The words of a courtesy act (thanks, congratulations, gratitude, greetings, condolences: "thank*",
    "поздрав*", "感谢"): true of the call whichever readout tells it, so no claim of its own
    (:mod:`readouts.flags`, ``unconfirmed_claim``); not "welcomed" / "приветствовал" / "欢迎", which
    take a position on a matter.
``slogans``
    Set formulas of a position, quoted or not ("Taiwan independence", "two Chinas", "collective West",
    "San Francisco vision", "multipolar Asia", "台独", "коллективный Запад"): a name inside one names
    the matter in the speaker's framing, no date, place, number or body of what was done or said, so
    it is no detail the other side lacks (:mod:`readouts.flags`, ``detail_mismatch``); the name is
    still read and still names its matter ("Taiwan independence" against "the Taiwan question").
``capitals``
    ``{"English name of a capital": [[the capital's names], [its country's names]]}``: a capital and
    the country it is in, in this language; the English name joins the lexicons of the three
    languages. A capital one side names where the other names its country, or the country where the
    other names its capital ("in Riyadh" / "Saudi Arabia hosting"), is one place told at two levels,
    no detail either side lacks (:mod:`readouts.flags`, ``detail_mismatch``).
``cities``
    As ``capitals``, for a few cities that are no capital but where calls' meetings are held
    ("Sochi", "Geneva", "Jeddah"), each with its country (or a state: "Honolulu", "Hawaii"). Such a
    city against its country is one place told at two levels only where the country stands as a
    place (``country_places``: "in Sochi" / "welcomed him to Russia"): a city of a party's country
    against that party named as an actor ("met in Sochi" / "Russia and Turkey agreed") stays a detail.
``country_places``
    Words right before a country's name (an English "the" and a "Kingdom of" between) that make it a
    place: "in", "to", "visiting"; "в", "на", "из"; "在", "赴", "访问" (``cities``).
``past_documents``
    ``{"markers": [...], "nouns": [...]}``: an earlier document that an act is set in ("in all three
    joint communiqués the US recognised", "recognised in the 1972 Shanghai Communiqué that", "under
    the Budapest Memorandum Russia committed"): a marker, then up to five words that name or count
    it (a capitalised word, a year or a number among them; no preposition: not "in line with the
    communiqués"), then one of ``nouns``; before the act in its clause, five words between at most
    (a comma after the document at most), or right after it. Such an act is recalled.
``past_places``
    ``{"auxiliaries": [...], "markers": [...]}``: an act in the past perfect ("had", a word between
    at most) set in a named place or event right after it (a marker, a word between at most, then a
    capitalised word, "the" between at most: "as they had agreed in Tehran", "had discussed at the
    Woodside Summit") happened there, before the call: it is recalled.
``past_calls``
    ``{"qualifiers": [...], "relatives": [...]}``: a relative clause on an earlier call or meeting
    (one of ``call_events``' nouns, dated by a month, a year or a day's number or qualified by one of
    ``qualifiers``, two words between at most, then one of ``relatives``: "the 14 March call in
    which the two presidents talked about", "their previous meeting at which they agreed"): an act
    in it, eight words after the opener at most and no punctuation between, happened in that call,
    before this one: it is recalled.
``perfect_auxiliaries``
    Auxiliaries of the present perfect ("has", "have"): an act right after one (a word between at
    most) in what a speaker reports of another side ("The US has committed to X, he said", "he said
    that Washington has pledged ...", "he said Washington has pledged ...": what an English
    reporting verb reports needs no "that" when an actor right after it, an addressee before it at
    most, is its subject) tells that side's record, recalled, no act of the call; "the two
    sides have agreed" in a readout's own voice, or reported, is still an agreement.
``call_reports``
    ``{"subjects": [...], "auxiliaries": [...], "verbs": [...]}``: a statement followed by an
    addressee and "that" ("told reporters that") or "that" at most, one of ``subjects`` (the
    speaker's own "he", "his") with up to eight words of its phrase, one of ``auxiliaries``, an
    adverb at most and one of ``verbs`` ("Trump said he had just spoken with Xi", "Putin told
    reporters that his telephone conversation with the US President had indeed taken place") tells
    that the call took place, from outside it: no act of the call, so no speaker nor strength that
    linked points compare (:func:`reports_call`).
``conditionals``, ``not_conditionals``
    Words that open a conditional clause ("provided", "once", "unless", "при условии"): an act after
    one in its clause, six words between at most, is hypothetical, marked modal ("provided both
    sides reached agreement"); and phrases that hold one but open none ("once again").
``concessives``
    Words that set off a participle qualifying a noun after a comma or a dash, a negation or an
    adverb ("not", "yet", "formally") between at most, the participle followed by a comma or a dash
    ("a very substantial, though not yet agreed, quantity", "an important, if not yet accepted,
    proposal"): no act, only words about the talk.
``inverted_conditionals``
    Words that open a conditional clause by inversion, capitalised at the start of a sentence
    ("Should the two sides fail to agree, ...", "Had Russia accepted ...", "Were China to agree"):
    an act after one in its clause, eight words between at most, is hypothetical too. Mid-sentence
    the same words are a modal or an auxiliary ("Russia should withdraw"), so only there.
``negations``, ``modals``, ``finite_endings``
    Words that negate an act ("does not support", "doesn't support") or make it conditional
    ("ready to", "could", "can accept": an ability, no acceptance) when they stand within three
    words (two characters in Chinese) before it, or open the act's subject ("Neither of the two sides
    accepted": "neither side" is among ``both``); in Chinese a negation also reaches across the
    phrase of one of ``negation_coverbs`` ("未就台湾问题达成一致"). Neither reaches across "and" or
    "but" to a verb with one of ``finite_endings`` ("-ed": "Russia must withdraw and reiterated").
    An obligation word right after an actor ("美方应支持") is a modal too (``obligations``), as is,
    in Chinese, a hope right before an actor whose clause runs on to the act (``hopes``: "希望美方
    信守承诺", hoped for, no commitment made; as "hopes the US will commit", a modal's in English);
    in Russian, a hope, then ", что" and the clause's subject (or the act itself) that runs on to the
    act ("Лавров надеется, что стороны договорились": hoped, none agreed; "надеемся, что договорились").
    In Chinese, an act term right after a modal act, nothing between, is what that act says and is
    modal too ("美方应明确表示反对……": owed, no opposition voiced; as "should state that it opposes").
    An act right after a hope's "что" is hoped for even where the hope is itself an act ("Выразили
    надежду, что договорились": no content to drop), and a plural verb there is the two sides'
    ("Лавров выразил надежду, что договорились"). A new reporting verb after the hoped clause, its
    comma and a coordinator ("..., и подчеркнул", "……，并强调") goes on from whoever holds the hope
    ("Лавров надеется, что стороны договорились, и подчеркнул": Lavrov stressed), unless it is a
    plural verb and that is one side.
``list_finite``, ``infinitive_endings``
    A modal reaches the later verbs of a list it governs ("should use ..., stay committed to ...,
    and avoid ..."), up to a new subject or clause, unless the verb is finite: ``list_finite``
    gives irregular past ``words`` ("said") and ``endings`` outside ``not_endings`` ("-s", not
    "-ss"); in Russian the verb must end in one of ``infinitive_endings`` ("-ть", "-ти").
``hedges``
    Words that hedge an agreement or acceptance ("agreed in principle", "in general terms", "в
    принципе договорились", "原则上同意"): within three words before the act (a character between at
    most in Chinese), or two words after it (English, Russian): the act is one step weaker on the
    strength scale, still a commitment.
``future_acts``
    Act terms whose own form is a future ("договорятся", "согласятся", "условятся": will agree, the
    Russian perfective's present form; "поддержит", "предложит", "подтвердят", "потребует"), each
    also among its act's ``terms``: the act is modal, as after "will", so it is no claim that
    anything was agreed ("выразил надежду, что Вашингтон поддержит": the US is hoped to support).
``future_markers``
    Words that set only the act right after them in the future, two characters between at most
    ("中方将继续支持", "双方将积极探讨": will support, will discuss): the act is modal, as after "will".
    Not among ``modals``: Chinese "将" is also the object marker ("将……视为"), so it governs no clause
    or list beyond that act ("美国政府将奉行一个中国政策，不支持“台独”" still refuses).
``disposal``
    ``{"objects": [...], "complements": [...]}``: what makes a ``future_markers`` word the object
    marker, no future: one of ``objects`` right after it, a pronoun or demonstrative that opens the
    object ("将其承认为", "将此提出"), or one of ``complements`` right after the act, the result the
    object is put in, with words between the marker and the act ("将台湾承认为国家"; not "将承认为").
    The act is then no modal.
``sides``
    ``{side code: [actor terms]}``: "the Secretary of State", "Washington", "госсекретар*", "美方".
``surname_first``
    Common Chinese surnames, in the lexicon's script ("Wang", "Zhang"; "Ван", "Си"), none that is
    also a common word ("He", "Sun", "Ли", "У"): a participant whose name ends in one of them and a
    capitalised given name ("Wang Yi", "General Zhang Youxia", "Ван И") is written surname first,
    so the surname is that word, not the given name ("Yi", and "И", read in every "и"), and the
    surname with the given name is a name too ("Zhang Youxia"). Read from every shipped lexicon,
    whatever the readout's language (:func:`participant_sides`).
``correlatives``
    ``{"words": [...], "joiners": [...], "articles": [...], "before": [...], "not_between": [...],
    "gap": int}``: a bare word of ``both`` that opens a pair ("both Russia and Ukraine", "both the
    United States and China"; after a ``before`` word, a pair of nouns: "have both differences and
    convergences") names no side: the named pair are the parties (:func:`_correlative`);
    ``floats_after`` and ``subject_openers`` (optional): nor does one floated after an auxiliary whose
    subject holds no actor ("turbulence and transformation are both advancing"), or one that sums up
    two clauses about things ("its policy is open, its intentions are clear, and both have stayed
    stable": :func:`_floating_both`).
``press_addressees``
    ``{"nouns": [...], "between": [...]}``: the press as a passive act's subject ("The media will be
    told", "reporters have been briefed"): no act of the call (:func:`_press_addressed`).
``both``, ``generic_own``, ``generic_counterpart``, ``pronouns``
    Terms for both sides ("the two leaders"), for a bare title that a readout uses for its own
    principal ("the Secretary", "the Minister"), for the principal its own side spoke with ("his
    counterpart", "собеседник"; the side named right before it wins: "his Ukrainian counterpart",
    "американский коллега"; a name of another side right after it says whose counterpart and does
    not speak: "коллега Сергея Лаврова"), and pronouns that refer to the previous speaker.
``first_person``
    ``{"terms": [...], "both": [...], "with": [...], "joined": [...]}``: the first person plural ("we", "мы", "我们") and words
    that, right after it, make it the two sides together ("we both", "мы с", "我们两人"; then it is
    none). It is the side of the actor it is attributed to: in a quotation, the actor of the
    reporting frame right after it or the subject opening the sentence before it ('"We oppose the
    sanctions," Wang said', '"We will not accept this," Blinken said', "Лавров заявил: «Мы ...»");
    outside one, the actor of a trailing frame of its sentence ("We oppose this, Blinken said"),
    else the readout's own side where it opens its sentence ("We hope the US will ...", "In
    addition, we ...") or what an actor of the own side reports ("王毅表示，我们反对制裁"). A
    pronoun's frame makes it a pronoun ("We have to avoid the worst, he added"). Any other use is
    left without a side: an attribution the readout does not make ("Blinken said we should talk").
    ``with`` (optional): words that, right after it, join the actor that follows (titles and names
    between at most: "мы с Президентом Трампом"); the two then act together, as "Путин с Трампом"
    does, so with an actor of the other side it is both sides; unattributed, it is the side that
    actor is not ("Блинкен сказал, что мы с Лавровым договорились"), and a ``both`` word matters only where no actor is joined ("мы с коллегами").
    ``joined`` (optional): the first person singular ("I", "я"), read only right after an actor and
    "and" ("President Xi and I agreed", "Президент Трамп и я"), attributed as the phrase would be
    were it the first person plural at its actor: the readout's own principal where it opens its
    sentence, so it acts together with that actor (both sides where the actor is of the other one);
    and before a ``with`` word and an actor ("我和特朗普总统同意", "я с Президентом Трампом"), read as
    the plural with that actor joined ("мы с ..."). Matched in any case, and in a language without
    word boundaries (Chinese) inside a run of characters: only the ``with`` word and an actor right
    after make it a mention ("我同意" is none).
``narrator_titles``
    Titles of one who reports the call for a government but takes no part in it ("spokesperson",
    "press secretary", "aide", "пресс-секретарь", "помощник", "发言人"). The actor right after one
    (titles and names between: "Kremlin spokesman Dmitry Peskov", "заявил помощник президента Юрий
    Ушаков"), else one before it with a comma ("Ushakov, the Kremlin aide, said"), else the title
    itself, with a name right after it at most ("the spokesperson", "Spokesperson Mao Ning",
    "发言人毛宁说"), is a narrator (mention role ``"narrator"``): its acts have no speaker of the call
    (speaker ``"unspecified"``, no side), so a point where a narrator reports what a speaker did
    ("Putin told Trump that ..., the aide said", "发言人毛宁说，王毅强调……") is that speaker's, one where
    only a narrator speaks has no speaker, and a "He" opening a point after one that a narrator
    frames is the narrator (as after "Lavrov said Blinken agreed" it is Lavrov). A name so titled,
    in a point or in the readout's ``issuer`` ("comments to the press by presidential aide Yury
    Ushakov"), is a narrator's in the readout's later points too ("Ushakov said ...").
    A participant of the call is never one, nor an aide joined to another actor ("Lavrov and
    Presidential Aide Ushakov held talks"): they are parties.
``attribution_openers``
    Phrases that open a point with a pronoun's view or words ("In his view", "According to him",
    "По его словам"; a connective and its comma may stand before: "Вместо этого, по его словам"):
    the point is the previous speaker's, as one that opens with "He" is ("In his words, China has
    been through a great deal" is the US President's, not China's). One that is also an act term
    ("по его словам" of Russian ``stated``: he said) is that speaker's statement where it opens the
    point, and no act inside a clause ("работу, которая, по его словам, идёт неплохо").
``named_openers``
    Act terms (of ``stated``, and of ``speaker_after_acts`` too) that are an act only where they open
    the point, a connective before them at most, with a person named right after them, titles and
    names between at most: "According to Ushakov, ..." is Ushakov's statement, as its Russian twin
    "По словам Юрия Ушакова, ..." is; so is a person named by a title with "the" before the comma
    ("According to the Russian President, ...", "According to the Secretary, ..."); "according to the
    agreement", "going according to plan", "According to the White House" (an institution, named
    with "the") and "According to the Russian side" are none.
``not_acts``
    Phrases that contain an act term but report no act ("说到做到", "说一套做一套"); an act term
    inside one is ignored.
``act_complements``
    Act terms that, right after another act term, complete it and report no act of their own
    ("警告说", "回顾说": warned, recalled; one act each, its words the two terms, not a statement
    besides).
``not_actors``
    Phrases that contain an actor term but name no actor ("со своей стороны": "for his part",
    whose "стороны" would otherwise read as both sides; "the South China Sea", a place, whose
    "China" names no party); an actor term inside one is ignored.
``currencies``
    A currency named after a side ("US dollars", "US$", "долларов США"): no mention of the side (a
    sum is no party to the call) and no named entity either, as "dollars" alone is none; the side's
    name elsewhere still counts ("US troops", "the US side").
``peoples``
    ``after`` / ``before``: people words that make a side's actor term right before / after them a
    nation's people ("the Chinese people", "российский народ", "中国人民"; "the people of China",
    "народ России"; two terms joined by "and" share one: "the American and Chinese peoples"). A
    people is no party to the call: its mention has the role ``"people"`` and its act is a third
    party's (speaker ``"unspecified"``, ``speaker_side`` the nation), weighed against no act of the
    call and no claim on the counterpart ("中国人民决不会答应"). Where words are not spaced the people
    word is part of the mention.
``subject_drop``
    true where a sentence may drop its subject (Chinese): a point with no actor before its first
    act goes on with the previous point's speaker ("……。要真正维护台海和平，就必须明确反对……"), both
    sides included ("双方同意……。还同意……"), unless that act is a passive's subject, a noun right
    before a ``passives`` auxiliary ("此次通话被评价为……"). An actor that opens a clause joined to one
    of the other side ("王毅同布林肯举行会谈，") with no act of theirs read is, with that one, the
    subject of an act in a later clause that drops it ("……，就乌克兰问题交换了意见": both sides), as
    after "王毅同布林肯通电话，". And a discussion term (an act of strength 0) after an agreement or a
    request in its sentence, commas at most between (no "并", no actor), is a talk asked for, held
    later: modal ("双方同意就……继续进行讨论", "双方同意……，适时举行……对话"); not a completed form
    ("交换了意见", "了" after it). (A call line, "通电话", "视频通话", is no act at all: lexicon data.)
``side_pairs``
    ``{"suffix": "方", "gap": [...], "subject": [...]}``, where words are not spaced (Chinese): each
    side's short name is a side term of one character and ``suffix``, less it ("中" of "中方", "美" of
    "美方"). A compound of the readout's own side's short name and the counterpart's, either order
    ("中美", "美中"), is both sides (as "两国" is) where it stands as a subject: followed by one of
    ``subject`` ("作为", "是", "要"), or by an obligation, a modal, a negated ability, a future marker
    or an act term, up to two of ``gap`` between ("都", "也", "不仅"): "中美应当相互尊重", "中美都致力
    于……", "中美作为两个大国，……". Anything else after it makes it a modifier, no actor ("中美关系", "中美
    三个联合公报", "美中合作", "中美两国", where "两国" is the actor), and a compound with another side's
    name ("中印" in a readout of a call with the US) is none either.
``joined_pronouns``
    ``{"terms": [...], "after": [...]}``: words that are a pronoun of the other party only right after
    one of ``after`` ("与", "同") and right before a ``call`` phrase, one of ``meeting_words`` or a
    discussion term (strength 0): "杨洁篪应布林肯约请，与其通了电话" (with him, as "与他"); elsewhere
    "其" is a possessive ("尊重其核心利益") or part of a word ("与其说"), no actor.
``pronoun_after_verb``
    true where a pronoun subject may follow its verb ("сказал он"): such a pronoun then names
    the act's speaker.
``speaker_after_acts``
    Act terms whose speaker is the actor named right after them, titles and names between at most,
    in whatever case ("По словам Юрия Ушакова, ...": Ushakov said; "по словам министра": the
    minister's), as the English twin's "Ushakov said" is his.
``inverted_subjects``
    Where present, an actor right after a verb of saying ("stated", "stressed", "reaffirmed") that
    has no subject before it in its clause, with the actor's titles and names ending the clause,
    is the act's speaker ("Об этом заявил Лавров.", "Важность диалога подчеркнул министр.",
    "отметил госсекретарь США Энтони Блинкен."), unless the word right after the verb is in a case
    no subject takes: ``agent_endings`` and ``dative_endings``, and ``object_endings``, those of a
    man's accusative ("заверил госсекретаря": the one assured), which a subject takes only after a
    verb with one of ``feminine_verb_endings`` ("заявила Захарова") or as one of
    ``nominative_words`` ("заявил глава МИД"). ``{"object_endings": [...], "feminine_verb_endings":
    [...], "nominative_words": [...]}``.
``gerund_endings``
    Endings of a gerund ("-ив" of "отметив", "-ая" of "подчеркивая"; the English participle's
    "-ing": "Setting out China's position, Xi said ..." is Xi's): an act term with a word in one
    (gerunds of verbs of saying are among the act terms) is an act of the clause's subject. One
    that opens its sentence, or follows its subject and a comma, with no act before it in the
    sentence, sets a clause that the main verb follows after a comma ("Путин, отметив, что ситуация
    сложная, подчеркнул ...", "Обсудив ситуацию, министры договорились ..."): the main verb is read
    as if the clause were not there, its subject is the gerund's speaker too, and it is no part of
    what the gerund reports; so too after a reported subject and its comma ("подчеркнул, что
    Вашингтон, признав ошибку, согласился": both Washington's, inside what was stressed). One that
    opens its sentence with no main act read is the act of the
    actor opening the clause after its comma ("Обмениваясь мнениями о кризисе, Владимир Путин
    обозначил подходы").
``plural_act_endings``
    Endings of a plural verb ("-ли", "-ились"; not "-ались" of the passive "обсуждались"): an act
    whose first word has one, that opens its sentence (a connective or an adverb before it) and has no
    subject, is not passive and is no part of what another act reports ("Условились, что стороны
    будут поддерживать контакты", "Обсудили также ...") is the two sides' act, as with "они".
``impersonal_agreements``
    ``{"terms": [...], "passive": [...]}``: an agreement reported with no one named, read after every
    other speaker rule has found none: an act whose term is one of ``terms`` ("agreement was
    reached", "условлено", "商定"), or one of ``passive`` right after a passive auxiliary ("it was
    agreed", "it was decided"), with no actor before it in its sentence, is the two sides' act: in a
    readout of a call, an agreement takes both (a one-sided "was told" is no agreement).
``accepted_times``
    Phrases that set a visit or a meeting at a time to suit both sides ("at a time convenient to
    both", "at a mutually convenient time", "в удобное для обеих сторон время", "在双方方便的时候"):
    where one lies in what a statement reports, no other act between ("Blinken invited Qin to visit
    the US, and Qin said he would do so at a time convenient to both", "秦刚表示将在双方方便的时候成
    行"), the speaker accepted (an invitation, a visit): an acceptance of the statement's speaker, made
    in the call (no modal: the "would" is the visit's), beside the statement.
``talk_topics``
    ``{"nouns": [...], "verbs": [...], "between": [...]}``: the talk itself as the subject of a verb
    of subject matter ("The conversation dealt with ...", "The talks also covered ...", "Разговор был
    посвящён ...", "通话聚焦……"): each noun, a word of ``between`` or none, then each verb (with a
    space between in a language with word boundaries) is a ``discussed`` term, and the two sides'
    act, as "They discussed ..." is, whoever is named before it ("Erdogan's conversation with Putin
    covered ..."), and also inside what a statement reports ("Putin said that the talks had covered
    ...", as without "that"). ``partners`` (optional, where words are spaced): words that open the
    talk's partner right after the noun, four words after it at most and no punctuation ("conversation
    with Putin covered", "разговор с Эрдоганом касался"). ``asides`` (optional, where words are
    spaced): words that open a clause set off by commas between the noun and the rest, fourteen
    words after the opener at most and no other mark ("The call, which came after their meeting in
    Rome, concentrated on", "Their discussion, described as candid and productive, covered").
    ``pronouns`` (optional): words that stand for the talk as a noun does, only where one opens its
    sentence, a connective before it at most ("It covered safe zones"; not "Putin said it covered").
``talk_subjects`` (optional)
    ``{"heads": [...], "talks": [...], "verbs": [...]}``: the talk's main subject named as a copula's
    subject ("The main item of the conversation was ...", "The central subject was ...", "Главной
    темой разговора стали ...", "通话重点是……"): one of ``heads``, one of ``talks`` (the talk's own
    words after it, "of the ... conversation", "разговора") or none, then one of ``verbs``, is a
    ``discussed`` term and the two sides' act, as a ``talk_topics`` one is. A head with no talk noun
    in it stays none where a talk must name it ("重点是落实共识").
``continued_talks`` (optional, where words are spaced)
    ``{"verbs": [...], "nouns": [...], "between": n, "not_between": [...], "verb_endings": [...]}``: a talk continued is a
    talk held, a ``discussed`` term: one of ``verbs`` in a past form ("continued", "продолжили"), up
    to ``between`` words with no punctuation and none of ``not_between`` ("to", "despite",
    "несмотря"), then one of ``nouns`` as its object ("the dialogue", "their discussions", "начатый
    в Женеве диалог", "обсуждение"); not where the word right after the verb ends in one of
    ``verb_endings`` ("-ing", "-ать"), a verb whose object the noun is ("continued undermining the
    dialogue", "продолжил саботировать переговоры"). A continuation agreed or hoped for ("agreed to continue",
    "договорились продолжить") has no past verb and is none. Chinese writes it as the talk held
    ("继续进行了……对话": the act terms' "进行了 ... 对话").
``date_prepositions`` (optional)
    Words that end a discussion term and may open a date ("on"): a term so ended with a date right
    after it (a day, a month, a weekday, a word of ``relative_days``) names when the talk was, not
    its subject ("held talks on Monday"), and is no act.
``talk_settings``
    Phrases that name the talk as where something was discussed ("during the talks", "в ходе
    переговоров", "会谈中"): a ``discussed`` act with no one named for it after one (a passive, or no
    actor between) is the two sides', as "the talks covered" is, also inside what a statement
    reports ("Путин сообщил, что в ходе переговоров обсуждались также ...", as "Putin said the talks
    had also covered ..."; without the phrase, "Putin said that trade was discussed" is his report,
    no act of the call's). Outside a report every such discussion is the two sides'
    (:func:`_impersonal_discussion`). A phrase right after the act sets it too ("had not been raised
    in the conversation", "не затрагивалась в ходе разговора").
``topic_raisings``
    ``{"terms": [...], "passive": [...], "content": [...]}``: act terms that bring a topic up
    ("raised", "mentioned", "paid attention to", "уделено внимание", "поднят вопрос", "谈到"), those
    of them passive by themselves (``passive``: "attention was paid to", "упомянута", "уделено"), and
    what opens what one reports right after it (``content``: "that", "что", "，"). One that reports
    nothing so, passive (by itself, or after an auxiliary of ``passives``, or in ``reflexive_passives``)
    with no agent after "by", is a ``discussed`` act ("The energy sector was raised separately",
    "Упоминалась также ...", "Был поднят вопрос ..."), the two sides' where nothing else names anyone
    (:func:`_impersonal_discussion`), as "Затрагивалась ..." is; one the two sides are named for
    ("Уделили внимание ...", "双方还谈到了……") is their discussion too, the attention fronted or not
    ("Особое внимание стороны уделили ..."). One side's ("Putin raised ...") stays its statement.
    ``passive`` holds too the discussion terms whose subject is the topic ("came up", "was on the
    agenda", "took centre stage"): discussed, no one named, the two sides'; after a report with no
    "that" ("Putin said the issue came up"), what it reports, as "said the issue was raised" is.
``topic_heads`` (optional)
    Where words are not spaced (Chinese): nouns that end a topic ("问题", "局势", "关系"): a topic so
    ended as the subject of a discussion, adverbs and a verb of ``talk_verbs`` between ("台湾问题也进行
    了讨论"), is a passive in all but form: the two sides' discussion, as "讨论了……" is. Such a discussion
    after a coverb's topic phrase, no actor before it ("就乌克兰问题交换了意见", "对……进行了讨论"), is
    theirs too, an actor inside the phrase ("就美方对台军售问题") being what was discussed.
``talk_verbs``
    Chinese verbs of holding a talk ("举行", "开展", "进行"): one right after an agreement, no "了"
    after it, plans the talk after it ("双方同意举行实质性磋商": the tone of the consultations
    agreed on is no tone of this call, as "agreed to hold substantive consultations" in English);
    one right after two joined actors, with its words before the talk ("习近平同拜登进行了长时间的交
    流"), keeps them joined: the two sides' talk, as with the verb alone ("进行了交流").
``oblique_relatives``
    What opens a relative clause on a preposition's object ("to which", "at which", "where"): a
    passive act term in one, with no "by" and its agent after it and no sentence mark between,
    names what may be done at or to the noun the clause qualifies ("a G7 summit to which the
    leaders of Russia, Australia and India might be invited", "a meeting at which a deal could be
    agreed"): no act of anyone in the call (a proposal of the point's speaker before), only words
    about the talk.
``tone``
    ``{tone key: [terms]}``; the keys (candid, constructive, ...) are shared by all languages so
    tone profiles compare across languages.
``copulas``
    "is", "remains", "остаётся": a tone word after one (and an intensifier) describes the copula's
    subject, so it is the talk's only with a word about the talk up to six words before the copula,
    in its clause ("The talks were frank"; not "the situation in Gaza remains difficult", even in a
    point that opens "During the call").
``initiative``, ``meeting_words``, ``recall_frames``
    ``after``: phrases followed by the initiator ("at the request of the U.S. side");
    ``before``: phrases preceded by it ("Washington initiated the call"); ``around``: pairs that
    enclose it ("应" ... "请求"); ``counterpart``: phrases meaning the counterpart initiated ("应约").
    They count only in a point about the call or meeting: one with a call phrase, a ``tone_context``
    word or one of ``meeting_words`` ("met", "принял*"), so "At Trump's request, Xi described the
    measures" is a request inside the call; and not after one of ``recall_frames`` ("recalled",
    "напомнил*") or ``past_markers``, so "Lavrov recalled that the meeting in Riyadh had been held
    at the initiative of the American side" says nothing of who initiated this call.
``call``, ``months``, ``not_entities``
    Phrases that merely frame the call ("spoke by phone"): ones that announce it ("состоялся
    телефонный разговор", "разговор состоялся"; not "состоялся обмен мнениями о ...", a topic) or
    have it as the subject of a description ("the conversation was", "разговор носил"; not "назвал
    разговор откровенным", someone's assessment of it), the twelve months in order (each a term
    or a list of terms: ``["мая", "май", "мае"]``), and capitalised words that are not named entities.
``call_events``
    ``{"nouns": [...], "verbs": [...]}``: a call noun ("conversation", "meeting") with an event verb
    after it in its sentence ("took place") frames the call, the noun as the match: "the 23rd meeting
    of the Special Representatives on the boundary question took place in Beijing", "the call had
    taken place at the Russian side's initiative"; the verb alone does not ("An exchange of views took
    place on ...", a topic), as "состоялся" alone no longer does in Russian.
``call_mentions``
    ``{"before": [...], "after": [...]}``: words right before a call phrase ("начал" of "Путин начал
    разговор с того, что поздравил Трампа", "at the end of the") or right after it ("达成" of "会晤达成
    的共识", "精神" of "通话精神", "以来" of "视频会晤以来", "结束时") that make it a moment of the call or
    the qualifier of a noun after it: a call mentioned, not framed (what was said first, the consensus
    of a meeting held before), as a possessive before the phrase makes it in English ("the heads of
    state's 10 September phone call"; :func:`_owned_call`). Where words are not spaced a noun may
    stand between a ``before`` word and the phrase ("举行的" of "为年内举行的领导人会晤做好准备": a
    meeting named by when it is held, another than the call); an ``after`` word may be a verb of
    what the call brought ("会晤有助于增进相互了解", as "The meeting helped ..." frames nothing in
    English, where "The meeting was ..." does).
``meeting_frames``
    Verbs of meeting ("met", "received", "hosted") that frame the call as a ``call`` phrase does
    when they stand right between two actors of different sides, titles and first names between
    at most, the second no possessive ("Modi met Chinese President Xi Jinping in Kazan"; not "had
    met", nor "received Xi's message"), or right after two actors of different sides joined in
    one clause ("Путин и Байден провели переговоры", "王毅在北京同布林肯举行会谈").
``greeting_frames``
    ``{"terms": [...], "places": [...]}``: verbs of greeting a visitor ("welcomed") that frame the meeting
    as ``meeting_frames`` do, only right between the host and the guest, two actors of different sides,
    and only where the guest ends the clause or one of ``places`` and a capitalised word follows ("Putin
    welcomed Erdoğan to Sochi, noting ..."; not "Xi welcomed Trump to visit China again", an invitation,
    nor "Sullivan and Wang welcomed advances", nor "welcomed Erdoğan's decision").
``meeting_adjuncts``
    What may stand between a meeting frame's verb and the second actor: a place (one of ``places``
    and capitalised words, "in Zurich, Switzerland", "at the Tianjin Guest House"), a time (one of
    ``times``, "today"; "on" and a capitalised word or number) and then one of ``with`` ("Sullivan met in
    Zurich, Switzerland, today with Yang Jiechi"; not "the two presidents met in San Francisco").
    Where ``with`` is empty (Russian), the adjunct is one short place and nothing after it: one of
    ``places`` and one or two capitalised words, or one of ``settings`` ("принял в Кремле Президента
    Турции Эрдогана", "принял в Ново-Огарёве", "в режиме видеоконференции"; not "принял во внимание
    позицию Эрдогана"), which may also stand after the first word of a frame phrase ("провёл в
    Кремле переговоры с") or between the first actor and the verb ("Путин в Кремле принял
    Эрдогана").
``same_entities``, ``name_possessives``, ``title_words``
    Groups of names of one thing (``[["Burma", "Myanmar"], ["DPRK", "North Korea"]]``): a name is
    no ``detail_mismatch`` where the other side uses another of its group. ``implied_entities``
    (optional): pairs ``[[names...], [names...]]`` of an event and a larger one it lies in
    (``[["Victory in Europe Day", ...], ["Second World War", ...]]``): a name of the second list is
    no ``detail_mismatch`` where the other side gives one of the first (the day of victory names
    the war's end), not the other way round. Possessives that open a
    name ("People" of "People's Liberation Army"). Words that make a comma-set phrase after a name
    its holder's title ("Wang Yi, Member of the Political Bureau of the CPC Central Committee"):
    the names inside it are a rank, not a detail; a list ("Macron, Finnish President Stubb") is none.
    A title word ending in "*" is a stem ("посланник*": "посланника", "посланником"). A group's
    names match by their words' stems ("Myanmar's"); one ending in "=" only as whole words and as a
    name of its own, inside no longer name ("Strait=": "across the Strait", "cross-Strait"; not
    "strategic", "Kerch Strait", "Strait of Hormuz").
``lower_adjectives``
    ``true`` where words made from names are written in lower case (Russian "крымский" of "Крым"):
    a one-word name is then matched in the other side's text by its stem in any word; else only
    in a capitalised word ("Ukrainian", "Chinese", "Myanmar's") or as itself ("the summit"), so
    "Strait" is not in "strategic", "Party" not in "partners". There the evidence of a name
    that a capitalised adjective opens runs on over the lower-case adjectives and the noun it
    qualifies ("Корейского полуострова", "Второй мировой войне"), and a place's adjective in lower
    case is quoted with its noun ("стамбульских договорённостей"): :func:`name_evidence_end`.
``prepositional_name_heads``
    Optional, where only a name's first word is capitalised (Russian): ``{"heads": [...],
    "prepositions": [...]}``, capitalised nouns that open a name whose rest is a lower-case phrase
    after one of ``prepositions`` ("Война за независимость", "Договор о СНВ", "Договор по открытому
    небу"): the named entity runs on over the preposition, the lower-case adjectives after it and
    their noun, or a capitalised word or acronym ("Войне за независимость", not "Войне"). Mid-sentence
    only, as a capitalised adjective's name runs on over the lower-case adjectives that agree with it
    and their noun ("Второй мировой войне", "Гражданской войне"; :func:`_entities`).
``genitive_titles``
    Optional: the forms of titles in the genitive ("Президента", "Министра", "Государственного"): a
    holder so named after "со стороны" (an ``agent_markers`` phrase) is the passive's agent, who
    speaks ("Со стороны Президента США было подчёркнуто"); one after a lower-case noun it qualifies
    ("контакта Министра ...", "по приглашению Министра ...") opens no point as its speaker.
``title_portfolios``
    Where titles are written in lower case (Russian), the words that open a title's portfolio ("по" of
    "посланник по Ближнему Востоку"): a title's lower-case words other than title words follow one.
    Such a title also stands before its holder's initials or name ("специального посланника
    Президента США по Ближнему Востоку С. Уиткоффа"), and the names inside it are no detail, not even
    across languages (no ``english_names`` "Middle East" there).
``name_openers``, ``name_heads``, ``place_nouns``
    Words of ``not_entities`` that still open a name when a name's own word follows ("Western
    Sector", "the Foreign Ministry", "the State Council", quoted whole in a flag; "Western sanctions"
    and the title "Foreign Minister Lavrov" are none). Capitalised common nouns that end a name: a capitalised
    word and "in" before a run ending in one belong to it ("Victory in Europe Day"). Nouns of a
    place that end an appositive after a place's name: the name inside only qualifies the place
    ("Astana, the Kazakh capital", as "Budapest, Hungary").
``lower_name_heads``
    Common nouns in lower case that a name qualifies as one thing ("the Minsk agreements", "the
    Normandy format", "Минских соглашений"): the name's evidence in a flag runs on over one right
    after it, so a ``detail_mismatch`` quotes "Minsk agreements", not "Minsk" (the name alone is
    still what is compared, so "the Minsk process" on the other side still gives it).
``han_name_heads``
    ``{"heads": [...], "between": N, "not_between": [...]}`` (Chinese): a name's head nouns ("大会",
    "河谷", "协议") that a place or body named just before them, with up to ``between`` Han characters
    between and none of ``not_between`` (words of grammar, verbs), makes one name: a ``detail_mismatch``
    quotes "联合国气候变化大会", not "联合国", as English quotes "UN Climate Change Conference" (only the
    evidence; the name alone is still what is compared).
``document_heads``
    ``{"heads": [...], "regions": [...]}``: capitalised nouns of a document's name ("Declaration",
    "Convention", "Treaty") and those that end the name of a region ("Sea", "Region"): a name that
    opens with a head and goes on over "on" has its evidence in a flag run on over "in the" and a run
    of capitals right after it that ends in a region noun ("the Declaration on the Conduct of Parties
    in the South China Sea"; not "the Treaty on ... in the Kremlin", "the Summit in Beijing"). The
    name compared stays the one before "in": the sea's words on the other side are no sign that it
    names the declaration.
``english_names``
    Pairs of the names of one place, body or thing in English and in this language (``[["Geneva"],
    ["Женев*"]]``, ``[["Tibet*"], ["西藏", "涉藏"]]``), terms as elsewhere: where one readout is in
    English and the other in this language, the names are compared through them
    (:func:`cross_names`): "Geneva" of an English point is a ``detail_mismatch`` against a Russian
    point without "Женева", "日内瓦" of a Chinese point one against an English point without
    "Geneva". A name inside a longer name of another pair is that pair's alone ("Black Sea" of "Black
    Sea Initiative", of the pair with "зерновая сделка"). An English name ending in "=" is read as in
    ``same_entities``, a name of its own ("Strait=": "across the Strait" is Taiwan's, "the Strait of
    Hormuz" not). An English name written in lower case ("fentanyl", "artificial intelligence") is a
    common noun: it counts in an English point wherever it stands, as its Russian and Chinese names
    do; a capitalised one only inside a named entity ("First Lady", not "first lady"). Names in no
    pair are not compared across languages, but by their spelling (``romanisation``).
``name_affixes``
    Optional, for a language written without spaces: ``{"prefixes": [...], "suffixes": [...],
    "not_words": [...]}``, what an ``english_names`` name found in this language's point takes into
    its span where it stands right beside it: a body's head noun after it ("组织" of "亚太经合组织",
    "论坛", "机制") and a word before it that the speaker says of it ("新" of "新冷战": the new Cold
    War, which a quote of "冷战" alone misreports); not a prefix that ends a word of ``not_words``
    with the character before it ("创新", "重新"). Only the quoted span grows: the name compared stays
    the pair's.
``romanisation``
    ``letters``: the Latin letters of each letter of the script ("ф": "f", "ж": "zh"), and
    ``endings``: the case endings a name may take ("а", "ом"): a capitalised word of a named entity in
    no ``english_names`` pair is a name spelled in Latin letters where the other readout, in English,
    has a capitalised word of that spelling, compared loosely (lower case, doubled letters once, "kh" as
    "h", "y", "j" as "i", "ye" as "e", "tz" as "ts", "x" as "ks", "w" as "v"; the case ending
    dropped): "Фогеля" is "Fogel", "Гершковичем" "Gershkovich" (:func:`spelled_names`). Such a name
    of one link's points is a ``detail_mismatch`` where the other side's linked points lack it.
    A participant listed in Latin letters ("Steve Witkoff") is that participant where a point in
    this script spells its surname in any case, "у" before a vowel opening the word read as "w" and
    vowels compared as one ("Уиткоффом", "Уилана" for "Whelan", "Уолтц" for "Waltz": :func:`_spelled_as`).
``given_names``
    Given names in Latin letters ("Marc", "Paul", "Aleksey"), read from every shipped lexicon: a
    capitalised word of a named entity right after one is a person's surname ("Marc Fogel", "Пола
    Уилана", "Эвана Гершковича"), compared across an English readout and one with a ``romanisation``
    even where the other readout never spells it, for a person's name is spelled, not translated: a
    readout that never spells it does not name that person (:func:`spelled_names`).
``name_declension``
    How a participant's name declines (Russian): ``finals``, a word's final letters -> the endings
    that replace them ("": a final consonant, kept: "Уиткофф" is also "Уиткоффом"; "а": "Захарова"
    is also "Захаровой"), ``indeclinable``, the final letters of a word that does not decline
    ("Рубио"), and ``min_length``, the shortest word that does. A participant's name in any case
    is that participant (:func:`_declined_name`).
``oblique_prepositions``
    Prepositions that put the name after them in an oblique case ("из", "в", "на"): a side's name
    there says where or whence ("Необходимо прекратить поставки оружия из России", "в Москве"), so a
    point with no act that names no other actor still goes on with the previous point's speaker
    (:func:`carried_side`).
``place_prepositions``
    Prepositions of a place ("в", "во", "из"): the capitalised words after one are the place only up
    to an initial (a capital letter and ".") or an actor that opens with a title, which open the
    next name, the sentence's subject ("в Эр-Рияде С.В. Лавров": the place "Эр-Рияде", not "Эр-Рияде
    С"; "в Эр-Рияде Министр иностранных дел России Лавров"); a first name before an initial
    ("с Джозефом Р. Байденом") follows none.
``stance_nouns``
    Nouns of a stance a side holds ("готовност*", "позици*", "намерени*"): an act with no speaker
    of its own ("Подтверждена готовность России к диалогу", a passive with no agent), the noun
    right after it or before it in its clause, a word or two between at most, and a side's name right
    after the noun (in the genitive: the stance is that side's), is that side's act, as "Russia's
    readiness for dialogue was confirmed" is in English.
``number_words``
    ``{value: [terms]}``: numbers written as words ("three", "трёх", "三"; "twenty-five" and "three
    hundred" are read whole). They are no detail of their own ("the two sides"), but a point that
    spells a number matches the other side's digits, so "three Americans" against "3 US citizens"
    is no ``detail_mismatch``.
``obligations``, ``not_obligations``
    Words of obligation ("should", "must", "должн*", "应当", the prohibitive "切勿": must not): an actor right before one (a word
    between at most; in Chinese one character) is told what to do and does not speak; phrases that
    hold one but are none ("应约": at the request of; "回应": to respond; "要求", "重要" for the "要" of
    "双方要……", which the English twin reads as "The two sides should ...").
``appositives``
    Words that open an appositive phrase of an actor ("作为", "同为": as): an obligation after the
    phrase and its comma (sixty characters at most) is said of the actor as one right after it is
    ("中美作为世界前两大经济体和联合国安理会常任理事国，应当加强沟通": the two are told, and do not speak).
``obligation_subjects``
    Subjects that are no actor of the call but, right before an obligation, make it one as an
    actor does ("各方应共同支持", "国际社会应": all parties, the international community should): the
    act after it is a modal's, owed, not done.
``negated_abilities``
    Words of a negated ability ("cannot", "не могут", "不能"): after an actor that is not the
    readout's own side they are an obligation as ``obligations`` are, a demand on that actor ("The
    US cannot keep treating China as a rival", "美方不能一边……一边……" in China's readout); after the
    readout's own side, that side's own stance ("China cannot accept ..." in China's readout),
    which it speaks.
``object_markers``
    Words that make the actor right after them an object, never the speaker ("向" in "习近平向拜登介绍",
    "with" in "Putin in his call with Biden stressed", "в беседе с" in "Путин в беседе с Байденом
    подчеркнул", "在同" in "王毅在同布林肯通电话时强调").
``frame_ends``, ``not_frame_ends``
    Words that close a temporal clause ("时" in "王毅在回答布林肯提问时表示"): an actor inside the clause
    is not the subject of the act right after it; and words that end like one but are none ("同时").
``join_fillers``
    Words that may stand between two actors joined to act together, where titles have no capitals
    ("应约", "总统" in "习近平应约同美国总统拜登通电话": both sides held the call).
``person_names`` (optional)
    ``{name: English name}``, where names are not written in Latin letters and no ``romanisation``
    spells them (Chinese: ``{"习近平": "Xi Jinping"}``): the persons of ``sides`` as the English
    participants of a readout name them, so that an agreement of two persons named with their titles,
    none a participant of the call ("王毅表示，习近平主席和莫迪总理已就……达成重要共识" in a call of Wang Yi
    and Jaishankar), is recalled, as it is in English (:func:`_others_agreement`); a person not
    listed may be a participant, and keeps the agreement the call's.
``title_sides``
    ``{bare title: [side codes]}``: the sides whose principal a ``generic_own`` title can name. A
    title the readout's own side never uses but the counterpart's does is the counterpart ("the
    Foreign Minister" in a US readout, "the Secretary" in a Russian one); any other stays the
    readout's own principal.
``appositive_openers`` (optional)
    Words besides a capital, ``determiners`` and ``possessive_determiners`` that may open an
    actor's appositive between commas, ", and" and an actor of another side after it ("Wang Yi, a
    member of the Politburo, and Doval agreed": the two joined, both), as "a" and "an" do; not
    among ``determiners``, since "issued a warning" is an act.
``relative_pronouns``
    Pronouns that open a relative clause ("who", "который"): the actor before ", who" is the
    subject of the act after it, two words between at most ("Lavrov, who had earlier agreed"); a
    clause one opens between an actor's commas, ", and" and an actor of another side after it, joins
    the two as an appositive does ("Wang Yi, who is also director of ..., and Doval agreed": both).
``free_relatives``
    ``{"words": [...], "clefts": [...]}``: words that open a free relative clause ("what",
    "nothing"): an act whose subject (actors only, "the", "and", "both" between them) stands right
    after one, two words between it and the act at most, no coordinator, names a thing agreed or
    said, no act of the call ("what China and the EU agree on far outweighs ...", "to implement what
    the two heads of state agreed", "nothing Putin said was reassuring"); its words still leave the
    topic text. After one of ``clefts`` with a copula right after the act, it is a pseudo-cleft and
    an act ("What Lavrov stressed was the need for restraint").
``it_clefts``
    ``{"openers": [...], "relatives": [...]}``: an it-cleft's opening ("it is", "it was") right
    before an actor and its relative word right after it ("that", "who"): "In reality it is the
    United States that is the world's leading surveillance power" says something of that actor,
    focused; in a point with no act it names no speaker, who is whoever spoke before (the
    readout's reporter going on), as with an actor told what to do.
``conclusions``
    Connectives that draw a conclusion ("therefore", "поэтому", "因此"): in a point with no act whose
    opening actor they open ("因此，美方……") or follow, a word between at most ("The US is therefore
    in no position to smear China"), the point goes on with the argument of whoever spoke before;
    the actor is spoken of.
``no_standing``
    Phrases that deny an actor the standing to act ("is in no position to", "has no right to", "无权",
    "не вправе"): right after the actor opening a point with no act, a word between at most ("The
    US is in no position to smear China", "美方无权干涉"), they are another's judgement of that
    actor, as after ``conclusions``: the point goes on with whoever spoke before.
``reduced_relatives``
    ``{"endings": [...], "agents": [...], "particles": [...], "not_heads": [...], "quantifiers": [...]}``:
    a participle (an act term with one of ``endings``, "-ed", or "out" of "set out", "pointed out")
    right after a noun and right before one of ``agents`` ("by"; one of ``particles`` may stand
    between: "agreed upon by") and an actor (titles and first names between at most), or one of
    ``quantifiers`` that opens an agent of no side ("endorsed by all Euro-Atlantic states"; not a
    means, "agreed by phone", nor a time, "by the end of May"), qualifies the noun and
    names an earlier agreement or statement, no act of the call ("on the terms agreed by Ukraine
    and the United Nations", "the principles agreed by the two sides in 2005", "the principles set
    out by President Xi Jinping"); its words still leave the topic text. The word before is no noun after punctuation,
    nor when it is an actor or pronoun ("Lavrov agreed by phone"), an auxiliary ("it was agreed
    by both sides that"), a copula, a modal, a negation, a past marker, an adverb in one of
    ``adverb_suffixes``, one of ``function_words`` or one of ``not_heads`` ("as agreed by the two
    presidents", "has", "also").
``infinitive_markers``
    Words that open an infinitive ("to"): after a directive and its addressee ("urged Russia to
    agree"), an act that follows one is what was asked, no act of the call. Without them (Russian,
    Chinese) any act right after the addressee is ("要求美方承认", "призвал Вашингтон согласиться").
``passive_infinitives``
    Auxiliaries that make an infinitive passive after one of ``infinitive_markers`` ("be": "to be",
    an adverb in "-ly" after it at most): the act after one is yet to be done ("at a venue still to be
    decided", "the terms to be agreed"), a thing named, no act of the call.
``causatives``
    Verbs that make the actor after them ("the", a possessive, titles and names between at most, or
    several actors joined by "and" or commas: "get Ukraine and Russia to agree")
    the doer of an infinitive right after it: the act after the infinitive marker is what someone
    aims to make the actor do, no act of the call ("get Biden to agree", "persuade Blinken to
    accept", "told Putin to accept", "wants Russia to agree"; not "spoke with Lavrov to discuss").
``connectives``, ``function_words``
    Connectives that may stand, with their comma at most, before the actor opening a clause ("In
    addition", "However", "Кроме того", "Однако мы", "此外", "但我们"); capitalised function words that are no first name or title before it
    ("In", "However", "При").
``fronted_sources`` (optional)
    Openings of a fronted phrase that names a source ("according to"): in a point with no act its
    actor still speaks ("According to the White House, ..."), while an actor inside any other
    fronted phrase (a function word, then a comma: "On 13 October in Beijing, ...", "At the US
    side's initiative, ...") is no subject; the actor opening the main clause after its comma is.
``determiners``
    Words after which an act term is a noun or an adjective, no act of the call ("the demands put
    forward by Russia", "the agreed text", "the stated goal"; not "a", since "issued a warning" is one);
    an adverb in one of ``adverb_suffixes`` or a hyphenated adjective, two at most, may stand between
    a determiner or a possessive and the term ("the generally recognised norms", "Russia's
    well-known demands"; not "the US strongly opposes", whose last word before the adverb is none).
    Where words are not spaced, a determiner right before the term does so ("上述承诺", "这一承诺",
    "此次视频通话": the lexicon lists "此次视频", this video, whole, as "视频" is the only word that
    stands between "此次" and a call's act term).
``possessive_determiners``
    Possessive pronouns after which an act term in "-ed" is an adjective, no act of the call ("its
    stated position", "their agreed plan"); a noun after one ("expressed his appreciation") is left
    to the verb before it, which reports the act. Not the articles: "would meet at an agreed
    location" states that the call agreed on one.
``nominal_endings``, ``noun_marks``
    Word endings that make an act term a noun or an adjective, no act ("-ние" in "подтверждение",
    "-ости" in "озабоченности", "-ым" in "достигнутым договоренностям"; not "-ем", which ends
    "предлагаем" too); and marks after which a statement, demand or commitment term is a noun
    ("的" in "美方作出的承诺") and before which any act term qualifies the noun after it ("此前同意的事项");
    an actor tied to a noun by one is not the subject of a later act ("美方作出的承诺必须……"), unless
    one of ``coverbs`` opens what lies between ("中方对美方的做法表示关切").
``topic_coverbs`` (optional)
    Where words are not spaced (Chinese): coverbs that open an act's topic ("就", "围绕"); such a
    phrase between two actors joined to act together and their act keeps them joined
    ("王毅同布林肯就乌克兰问题交换了意见": both sides', as "王毅同布林肯交换了意见" is).
``subject_coverbs`` (optional)
    Where words are not spaced (Chinese): coverbs ("就", "在", "对") whose phrase stands between the
    subject and its act in the usual order subject + coverb + object + verb; an actor that opens its
    clause reaches the act across a few words and such a phrase ("习近平主席和莫迪总理已就稳定中印关系达成
    重要共识": the two leaders', as "had reached a consensus on stabilising ..." is in English), never
    across the clause's punctuation.
``object_verbs``, ``nominal_after``
    Where words are not spaced (Chinese): verbs whose object an act term is, a noun, no act of the
    call, when the term follows one in its clause (no punctuation between, twelve
    characters at most: "为此提供支持与便利", "得到14亿人民的拥护和支持", "给予支持"); and words right
    after an act term that make it a noun: the noun it qualifies ("通话精神", the spirit of the call)
    or a copula of which it is the subject ("相互支持才是正确道路": mutual support is the right path).
``noun_governors``
    Where words are not spaced (Chinese): verbs that take a noun object ("尊重", "满足", "回应"); an act
    term right after one, or after one and an actor, the noun's possessor with no "的" ("美方应切实尊重
    中方要求", "满足要求"), is that noun, no act ("中方要求美方……" is still China's demand).
``alternatives`` (optional)
    Phrases that set the act right after them aside for another ("rather than", "instead of", "а
    не", "而不是", "而非"): "the key is to respect this difference rather than demand uniformity"
    makes no demand, as "而不是强求一律" makes none. The act is no act of the call.
``modified_heads``
    Nouns that, right after an actor term with no mark between (Chinese), make the actor their
    modifier: "美国经济" (the US economy), "中国企业" (Chinese companies) name no party, so the actor
    is no act's subject ("美国经济必须……" is not the US's demand); "美国政府" is an actor. Where words
    are spaced, the noun is the next word, a space between: "US actions run counter to ..." names
    the US's doings, no speaker ("美方的所作所为", with a mark, says as much).
``relative_heads``
    Nouns of a stance (``heads``: "承诺", "立场", "表态", "政策", "原则") that a negated act term, with
    its object, may qualify before one of ``marks`` ("的", "等"): "把不支持“台独”的承诺落到行动上",
    "不搞“新冷战”、不支持“台独”等表态" name a commitment, no refusal made in the call. Not where an
    actor or one of ``not_before`` (demonstratives: "这样", "这种") ends the object before the mark:
    "美方不支持中方的立场", "不认可这样的政策" refuse a position named after the act.
``effort_tones``
    Tone terms that right before a verb ("地" between at most) tell how hard it is pursued, not how
    the talk went: "双方将积极探讨" (will actively explore) is no productive tone of the call, where
    "坦诚交换意见" is candid; "积极的交流" still qualifies the talk.
``possessives``, ``actor_possessives``, ``not_possessives``
    Marks that make an act term right after them a noun, no act of the call ("'s" in "Russia's
    demands"; not "his" or "their": "expressed his appreciation" is an act); marks that do so
    only right after an actor term ("的" in "美方的关切", not in "坦诚的交流"); and words that end
    in a mark but are no possessive ("it's", "he's").
``view_agreements``, ``agreement_futures``
    Agreement terms ("agreed", "concurred") that, credited to both sides and with a that-clause,
    share a view and make no agreement when nothing in that clause (up to the sentence's end) is one
    of ``agreement_futures`` ("would", "will", "should", "is to"): "The two leaders agreed that
    dialogue is important" is a statement, "agreed that the teams would meet" an agreement. One
    side's "Blinken agreed that X deserves discussion" stays a concession. In Chinese an entry may
    end in the comma that stands for "that" ("同意，"; "一致认为" needs none): "两国元首一致认为，这次会晤
    是坦诚的" shares a view, "一致认为应加强合作" (with "应") and "同意保持联系" agree.
``reflexive_passives`` (optional)
    Act terms passive by themselves, no auxiliary (the Russian "-ся" passive: "обсуждалась",
    "затрагивались", "отмечалось"): an actor right before one (two words between at most) is part
    of what was discussed or said ("встреча двух президентов не обсуждалась"), no speaker.
``modal_nouns``
    ``{"nouns": [...], "finite": [...]}``: ``modals`` that are nouns ("hope", "importance of", "need
    for"): where one is in the subject of a passive act, a finite passive auxiliary between (one of
    ``finite``: "was", "has been", "is being"; not "be" after a modal), it names what was
    expressed or stressed and governs no act: "Hope was expressed that ...", "The importance of
    dialogue was stressed" are done in the call, as their Russian twins "Выражена надежда, что ...",
    "Подчеркнута важность ..." are; "The importance must be stressed" (a modal before "be") stays
    one.
``passives``
    Auxiliaries that make an act term right after them passive (two adverbs at most may stand
    between, in "-ly" or of ``passive_adverbs`` (optional: "later", "not": "was not discussed")): the
    actor before them is told, not telling ("Lavrov was told", "拜登被要求"), so the
    act has no speaker of its own; ``stative_acts``, act terms that after one still tell the
    subject's own stance ("is concerned about", "is committed to", "are opposed to"), and a
    commitment term among them after one of ``copulas`` (two words between at most: "remains
    firmly committed to") is a position stated, no agreement made in the call (in what a speaker
    reports of another side, that side's position, recalled: "Dong said that the two presidents
    are committed to ..." is no claim), read as "reaffirmed" (strength 2, no commitment), as "the
    two leaders reaffirmed their commitment to" is, not as "agreed": "The two leaders are both
    committed to peace" states where they stand, no view they agreed on; ``stance_acts`` (optional),
    commitment terms that tell such a stance with no copula ("致力于", "привержен", "привержены"),
    so read as "is committed to" is (prefixes of the term's last word: "остаются приверженными",
    remain committed, is one);
    and ``agent_markers``, words that make the actor after them
    the passive's agent, who speaks ("с" in "С российской стороны было отмечено"); ``agent_endings``, the endings of a case that does so
    ("-ой", "-ем" of the Russian instrumental: "Американской стороной было заявлено"); and
    ``dative_endings``, those of the addressee's case ("-у": "заявил Блинкену"), which never names
    the speaker after a verb. ``passive_agents`` (optional): words that, right after a passive act,
    name its agent ("by": "The proposal was welcomed by Xi", one of ``passive_agent_articles`` and
    titles between at most): an actor of the call's sides there does the act, as the agent between
    "受到" and the verb does ("这一倡议受到美方欢迎"); one that is none ("by the international
    community", "受到各方欢迎") leaves the act without a speaker. ``third_party_agents``
    (optional): words that, right after such a "by" (an article between at most), open an agent
    who is no actor of the call ("community" of "welcomed by the international community", "people",
    "countries"), as a quantifier of ``reduced_relatives`` or a number does ("backed by 1.4 billion
    people", "by many countries"): no act, still words about the talk. ``passive_means`` (optional):
    words that, right after such a "by", name a means, no agent ("by phone"): a discussion so
    passive names no one who discussed (:func:`_by_agent`). ``evaluative_passives``
    (optional): words that make the act term right after them how something was received, with no
    agent ("广受欢迎", widely welcomed): no act, still words about the talk. ``evaluative_agents``
    (optional), ``{"markers": [...], "agents": [...], "between": [...]}``: the same with an agent
    who is no actor of the call between the marker and the act term ("受到各方欢迎", "备受国际社会
    的欢迎", welcomed by all parties; the words of ``between`` after the agent at most: "受到国际社会
    普遍欢迎"; the second of two terms so joined: "受到各方的欢迎和支持"; an opposition so received too:
    "遭到各方反对", "受到国际社会批评"); an actor there ("受到美方欢迎", "遭到美方反对")
    still does the act. ``passive_agent_articles``
    (optional): the articles that may open the agent's phrase ("the" in "welcomed by the Chinese
    side"; until the forty-third round the rule itself named "the"). ``actor_nouns`` (optional):
    nouns of several words that name an actor's people after the side's word ("heads of state" of
    "the Chinese and US heads of state had agreed"): one word in the gap between an actor and its
    act, and part of the speaker's words.
``plural_pronouns``, ``both_qualifiers``
    Both-sides terms that are plural pronouns ("they", "они", "他们"): right after a third party
    they name it; and after one of ``indefinite_subjects`` (optional: "everybody", "no one"), up
    to three words between, no punctuation nor actor ("everybody says they want peace", "no one
    thinks they can win"), they stand for it, anyone at all, not the two sides.
    ``{"markers": [...], "not": [...], "capitalised": bool}``: what opens a qualifier after a
    both-sides term, which then names others ("the leaders of the G7", "the
    parties to the conflict", "Лидеры стран G7"), unless it names the two sides ("the leaders of
    the two countries", "министры России и США"); a marker ending in a space stands before the
    qualifier ("of "), any other is its first word ("стран"); ``not`` lists phrases that open none
    ("of them"); ``capitalised`` lets a capitalised word right after the term open one
    ("Президенты Франции и Германии"); ``before`` (where words are not spaced) lists words that
    qualify the term right before it ("冲突双方", "当事双方": the parties to the conflict), and a
    compound of two sides' short names there names those sides ("俄乌双方"; "中美双方" is the call's two).
``tone_context``
    Words about the talk itself ("conversation", "разговор*", "会谈"): a run of tone words counts only
    within ten words of one (twenty characters in Chinese), or right beside an act or call phrase;
    and not after a modal in its clause, six words before it at most, which makes it a talk hoped
    for ("remains ready to continue a substantive exchange", "愿同美方开展坦诚对话").
``demand_modals``
    Modals of obligation ("must", "ought to", "должны"; in Chinese "必须" is an act term of ``demanded``
    itself) that make a demand where the counterpart alone is their subject, right before them
    ("The US must ...", "Wang said the US must ...": the speaker's demand on the US); with any other
    subject ("both sides must", "they must", "China and the US must", "Ukraine must") or none, no
    demand. "must not", "не должны" and the Chinese prohibitions ("不得", "不可", "切勿": must not)
    demand that the actor refrain, as "demanded that Russia not ..." does: the same act, its
    polarity the demand's own ("不得不", have to, is none: ``not_obligations``). The act after the
    modal stays owed by the actor told.
``urge_modals``
    Modals of what ought to be ("should", "ought to", "应当", "应该", "应", "следует", "должны бы"): laid
    so on the counterpart alone, the speaker's urging ("urged", strength 3: "The US should ...",
    "美方应当……", "США следует ..."), where "must" is its demand; the twins translate 应当 / 应 as
    "should" and 必须 as "must". "should not", "не следует", "不应", "不要" urge the actor to refrain,
    as "urged Russia not to escalate" does (the twins render 不应 / 不要 "should not"). Both kinds
    make no act in a case put ("if the US should ...") or a wish ("hopes the US should ..."), nor
    where the counterpart's own speaker says them in the sentence ("Biden said the US should ..."),
    nor with a negation further off ("Neither China nor the US should ...").
``tone_hopes``
    Hopes ("hopes", "надеется", "希望"): a tone word after one in its clause, however many commas and
    verbs of a list between, says how a thing hoped for is to be done, not how the talk went ("China
    hopes the EU will follow ..., view China's development objectively and in a friendly way, and
    ensure ..."); see :func:`_hoped_for`.
``tone_frames``
    Phrases that say a speaker judged the talk, "it" standing for it ("called it", "described it
    as"): a run of tone words two words after one at most is the talk's tone ("He called it highly
    substantive"), as one beside a word of ``tone_context`` is.
``tone_followers``, ``adverb_suffixes``
    Words that may follow a tone word said of the talk ("the talks were frank at times", "в целом");
    where any other word follows a tone adjective, the adjective qualifies the noun it opens
    ("China's positive role", "конструктивный подход") and is no tone of the talk, unless that noun
    is the talk ("a candid two-hour phone conversation"). Endings that make a tone word an adverb
    ("-ly" in "frankly", "-о" in "подробно"): an adverb qualifies no noun. Chinese, without word
    boundaries, has neither: there a tone word right before a word that is no talk word, act or
    call phrase ("的" or "地" between at most) qualifies that word ("全面战略伙伴关系", "积极作用").
``subject_acts``
    Terms of ``acts`` that are an act only right after their actor, an adverb between at most:
    "China hopes the US will ..." is China's statement of a wish, the weakest grade of statement;
    "expressed the hope that" and "the hopes of both peoples" hold no act of "hope". So in Russian
    ("Лавров надеется, что ...": Lavrov's statement, and what he hopes for is hoped, ``hopes``), and
    in Chinese, where the actor must open its clause ("中方希望美方……", "，他也希望"; not "不是中方希望看到的",
    what China hopes to see, nor "，希望美方……" with no actor, which goes on in the report before it).
    So too a verb of subject matter a side's or the two sides' talk dwelt on ("Biden focused on ...",
    "They covered ...", "The two also took up ...", "Стороны сосредоточились на ..."): their
    discussion, and none where no actor stands right before it ("China has always concentrated on
    its own development", "China is focused on", "the costs covered").
``subject_asides`` (optional)
    Phrases that may stand between an actor and a term of ``subject_acts`` set off by commas ("for
    his part", "со своей стороны": "Biden, for his part, concentrated on ...", "Россия, в свою очередь,
    надеется ...").
``naming_acts``
    ``{"terms": [...], "objects": [...], "articles": [...], "relatives": [...], "not_between": [...],
    "not_after": [...]}``:
    terms of ``acts`` (verbs of naming: "called", "termed") that are a statement only where they call
    a thing something: right before one of ``objects`` ("called this trend very dangerous", "called
    these useful"), before "the" and a noun phrase of up to four words that one of ``articles`` ends,
    none of ``not_between`` among them and none of ``not_after`` (a time) after the article ("called
    the Taiwan question the core of China's core interests", "called the US and China the most
    important countries"; not "called the Russian President the day after"), or after one of
    ``relatives`` with the subject right between, three words at most ("signals ..., which Xi called
    very dangerous", "which he called the key problem"). So it is the statement its Russian and
    Chinese twins "назвал", "称" are; not the call of "Biden called Putin" (a meeting frame),
    "having called him", "also called de-escalation zones", nor "so-called".
``directive_tells``
    ``{"terms": [...], "owners": [...], "people": [...]}``: verbs of telling ("told") that, followed
    by an addressee and an infinitive (``infinitive_markers``: "to", "not to"), are a directive: an
    urging where the addressee is a side of the call, titles and names around it at most ("told
    the Secretary of State to drop ...", "told Putin to end the war", as "призвал", "敦促" are); an
    instruction, an agreement as "instructed" and "责成" are, where it is one's own people, one of
    ``owners``, an adjective at most, then one of ``people`` ("told their teams to follow up"). "told
    him that ...", "told reporters to expect ..." stay statements (:func:`_directive_tell`).
``passive_endings``
    Endings of a short passive participle ("-но", "-на", "-ты": "Отмечено", "Подчеркнута",
    "Подтверждена"): an act term whose first word ends in one is a passive with no auxiliary; one that
    opens its point, no actor before it, goes on with the previous point's speaker, as an English
    "It was stressed that ..." and a Chinese point that drops its subject do (:func:`_impersonal_saying`).
``described_passives``
    Statement terms of description ("described", "охарактеризован*"): "X described Y as ..." is a
    statement, and "The conversation was described as frank", "беседа была охарактеризована как
    ...", a passive naming no one, one only where it goes on with the readout's own speaker before
    it, as "It was emphasised that ..." does (``passive_endings``); after the two sides' point it is
    no one's, as the Chinese "此次通话被评价为……" is, and one credited to no one is no act, so such a
    point reads as it did.
``passive_receipts``
    Verbs whose subject receives an act noun ("received", "was given"): "The Ukrainian crisis received
    special emphasis" names no one who emphasised, as "It was emphasised" does (an adjective between
    at most), and goes on with the previous point's speaker as that passive does.
``talk_agreed_between``
    Words that may stand between an agreement (or a request) and a term of talk right after it,
    three at most ("to", "keep", "continue"; "продолжить"): "agreed to keep discussing ...",
    "договорились обсудить ..." name a talk to be held after the call, modal, as Chinese "双方同意……
    继续进行讨论" does (:func:`_talk_agreed_on`).
``side_pronouns``
    ``{"terms": [...], "between": [...]}``: pronouns that refer to a side ("it") where they are the
    subject of an act, right before it or with words of ``between`` ("does", "would", "not") and
    adverbs at most: such a pronoun is the last side named before it in its sentence as the subject
    that opens a clause, by its country, capital or "the" ("the US", "the US side"), no person:
    "Biden restated that the US is not seeking ..., that it does not support 'Taiwan independence'"
    is the US's refusal, as its Chinese twin's "美国……，不支持“台独”" is (:func:`_side_pronouns`).
``opinion_acts``
    ``{"terms": [...], "clause_terms": [...], "as": [...], "objects": [...], "adverbs": [...],
    "complements": [...], "clause_verbs": [...], "not_between": [...]}``: terms of ``acts`` (verbs of
    holding a view: "considered", "regarded", "judged", "believed", "felt") that state a view, as "said"
    does, only where the view follows them: "that" ("considers that ..."); up to five words, none of
    ``not_between``, then one of ``as`` ("regarded the dialogue as constructive", "which Moscow regards
    as the only basis"); one of ``objects``, up to four words, one of ``adverbs`` or an adverb of
    ``adverb_suffixes`` at most, then one of ``complements`` ("judged the video call constructive",
    "considered it necessary"); and after one of ``clause_terms``, a clause with no "that" (one of
    ``objects`` or a capitalised word right after the verb, or up to five words then one of
    ``clause_verbs``: "felt the call was candid", "believed results were possible"). A ``clause_verbs``
    word between a verb of saying and an "and" before a view marks the view as part of what was said
    ("said he had finished the call and believed it had gone well"), else the view after "and" is an
    act of its own ("set out their positions and regarded the dialogue as constructive"). So a stated view
    is the statement its Chinese and Russian twins "认为", "считает" are; not "considered a visit",
    "ready to consider reviving", "believe in", "feels confident", nor a passive ("was considered").
``modal_acts``
    ``{"terms": [...], "after": [...]}``: terms of ``acts`` that are an act only right after one of
    ``after`` (an auxiliary or an obligation word), two adverbs between at most: the bare verb
    "support" is a noun elsewhere ("US support for ...", "the support of"), a verb after "should",
    "will", "must": "The US should support X" is a modal act, owed, as "The US should not support
    X" ("not support", a term of its own) and "美方应支持" already were. Optional ``between``: words
    that may stand between, besides adverbs. In Russian the terms are infinitives ("поддержать",
    "договориться"): an act only after a modal or obligation ("должны поддержать", "готовы и
    дальше поддерживать", a modal act), an ability or a future ("не смогли договориться", "будут
    поддерживать"); after a directive ("предложил договориться", "призвал поддержать") it is what
    was asked, as English "proposed to support" is none.
``reason_clauses``
    Words that open a subordinate clause of reason or time ("since", "because", "given that",
    "after"): an act in such a clause that opens a sentence, up to its comma, is recalled as the
    ground of what the main clause says ("Since the US has said many times that it does not want
    conflict, it must ..."): its actor is no speaker of the point. The point is the speaker's of an
    act in its main clause; with none there, the previous point's speaker's, as a point that tells
    an actor what to do is ("The US should ...").

Term syntax: a literal phrase, case-insensitive, any run of white space between words; a word
ending in ``*`` matches any ending ("urg*" matches urged, urges; "Лавров*" matches Лаврова); a term
written all in capitals ("US", "EU", "США") matches only in capitals; a word ``...`` matches up to
four words, a comma after each at most ("приня* ... решения" matches "приняли новые, жёсткие
решения"; "keep* ... informed" matches "keep the two leaders promptly informed"); in a language
without word boundaries, up to ten characters, no punctuation ("举行 ... 会谈" matches
"举行新一轮会谈"). With ``word_boundaries`` true (English, Russian) terms match whole words; Chinese terms
match anywhere.
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, TypeVar

from .errors import InputError, SideWarning, warn_user
from .language import (UNDETERMINED, LanguageWarning, script_language, base_language, country_hint, passage_language,
                       readout_label, script_of, fold_traditional)
from .segmentation import _HIDDEN, _INVISIBLE, split_spans, strip_marker, trailer_start
from .records import side_key

__all__ = [
    "LANGUAGES", "SPEAKERS", "Cue", "Mention", "Act", "Initiative", "PointCues", "Lexicon", "Date", "Tone",
    "CueShift", "Number", "lexicon", "detect_language", "point_cues", "readout_cues", "pair_cues", "participant_sides",
    "tone_profile", "compare_cues", "topic_text", "topic_spans", "side_code", "cue_sides", "SIDE_ALIASES",
    "lexicon_fingerprint", "name_evidence_end", "SideWarning", "same_side_warning", "reports_call", "goes_on",
    "carried_side", "owed_by", "laid_modal", "cross_names",
    "spelled_names",
]

#: Languages with a shipped lexicon; any other code falls back to language-neutral cues.
LANGUAGES: tuple[str, ...] = ("en", "ru", "zh")
#: Who a point credits, seen from its own readout.
SPEAKERS: tuple[str, ...] = ("own", "counterpart", "both", "unspecified")

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: A number; a Chinese character may stand right before it ("于2023年"), a letter or digit may not ("G7").
#: A number's scale word ("1.4 billion", "14亿", "1,4 млрд"): the key is then the value ("1.4e+09");
#: "10 тысячелетий" is ten millennia, no ten thousand (as :func:`readouts.scoring._numbers` reads it).
_SCALES: dict[str, float] = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9, "mn": 1e6,
                             "тыс": 1e3, "тысяч": 1e3, "млн": 1e6, "миллион": 1e6, "млрд": 1e9, "миллиард": 1e9,
                             "трлн": 1e12, "триллион": 1e12, "万": 1e4, "亿": 1e8, "万亿": 1e12}
_SCALE_KEYS = sorted(_SCALES, key=len, reverse=True)  # "万亿" before "万"
_SCALE_WORDS = (r"\s?(?:万亿|万|亿)|\s?(?:bn|mn)(?![^\W_])"
                r"|\s(?i:thousand|million|billion|trillion|тыс\.|тысяч(?!елет)[а-я]*|млн\.?|миллион[а-я]*"
                r"|млрд\.?|миллиард[а-я]*|трлн\.?|триллион[а-я]*)(?!\w)")
_PERCENT_WORD = r"(?i:percent|per\s+cent|процент[а-я]*)"
_PERCENT = r"\s?[%％]|\s" + _PERCENT_WORD + r"(?!\w)"
#: Digits grouped in threes by a space, as Russian and French typography writes thousands ("1 000",
#: "10\u00a0000" with a no-break space, "1\u202f000" with a narrow one): one number, as "1,000" is.
_GROUP_SPACE = "[ \u00a0\u202f\u2009]"
_GROUPED = r"\d{1,3}(?:" + _GROUP_SPACE + r"\d{3})+(?:[.,]\d+)?(?![\d.,]\d)(?!\d)"
_NUMBER = re.compile(r"(?:(?<=[\u3400-\u9fff])|(?<![\w.]))(?:" + _GROUPED + r"|\d+(?:[.,．]\d+)*)(?:" + _PERCENT + "|"
                     + _SCALE_WORDS + r")?")
#: A number in Chinese numerals: two characters or more, one of them 十, 百 or 千 ("二十大": the
#: 20th congress; "十四亿"), so the "一" of "一个中国" or "统一" is none.
_HAN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
#: A digit: a number in digits and a date hold one (:func:`_numbers_and_dates`).
_DIGIT = re.compile(r"\d")
#: A date in Chinese: "2023年1月10日", "1月10日", "2023年1月".
_HAN_DATE = re.compile(r"(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日)?")
#: A percentage in Chinese words: "百分之二十" (20%), "百分之3.5"; "百分之一" (1%) is a number spelled
#: out, as "one percent" is (:func:`_spelled_numbers`), since "一" is no number of its own.
_HAN_PERCENT_WORD = "百分之"
_HAN_PERCENT = re.compile(r"百分之((?=[零一二两三四五六七八九]*[十百千])[零一二两三四五六七八九十百千]{2,}|\d+(?:[.．]\d+)?)")
_HAN_NUMBER = re.compile(r"(?=[零一二两三四五六七八九]*[十百千])[零一二两三四五六七八九十百千]{2,}(?:万亿|万|亿)?"
                         # one numeral before a scale character is a number too ("十亿" a billion, "一万"
                         # ten thousand, "两万"), as "14亿" is, and as the label model reads it
                         # (:func:`readouts.scoring._han_number`); not after a numeral, nor after "几" or
                         # "数" ("几十亿": billions, vague), nor "百万" or "千万" ("千万" is "by all means"),
                         # nor the "一" that ends a word ("统一", "唯一", "之一")
                         r"|(?<![零〇一二两三四五六七八九十百千万亿几数])(?:(?<![统唯之])一|[二两三四五六七八九十])"
                         r"(?:万亿|万|亿)")
#: A day before a date that ends a range ("10 and 11 May", "26-27 January", "с 10 по 11 мая"), and
#: one after a date that starts one ("May 10-11").
_RANGE_BEFORE = re.compile(r"(?<![\d.,])(\d{1,2})\s*(?:-|–|—|(?i:and|to|through|и|по|до))\s*$")
#: The second day of a Chinese range ("5月10日至11日").
_HAN_RANGE_END = re.compile(r"\s*(?:至|到|-|—|－|~|～)\s*(\d{1,2})日")
_RANGE_AFTER = re.compile(r"\s*(?:-|–|—|(?i:and|to|through))\s*(\d{1,2})(?!\d|[.,]\d|\s*%)")
#: Lower-case particles inside a personal name, one or two ("Mohammed bin Salman", "Ursula von der
#: Leyen", "Charles de Gaulle", "Puerto de la Cruz"; Russian "Мухаммед бен Сальман", "Урсула фон дер
#: Ляйен"): the name runs on across them, since a capitalised word must follow. A participant's
#: title after a comma is told from a name by its lower-case words other than these (:func:`title_part`).
NAME_PARTICLES = ("bin", "ibn", "bint", "al", "el", "von", "van", "der", "den", "de", "da", "del", "della", "du", "dos",
                  "la", "бен", "бин", "ибн", "бинт", "аль", "эль", "фон", "ван", "дер", "де", "да", "дель", "ла")
_PARTICLES = r"(?:(?:" + "|".join(NAME_PARTICLES) + r")[ \t]+){1,2}"
#: An Arabic article hyphened to the capitalised word after it ("al-Saud", "аль-Саудом"), inside a
#: name only: it never opens one.
_ARTICLE = r"(?:(?:al|el|ad|ar|as|ash|at|az|an|аль|эль|ад|ар|ас|аш|ат|аз|ан)-)?"
#: A run of capitalised words, joined by "for", "of" or "of the" ("Commission for Foreign Affairs",
#: "International Committee of the Red Cross") or name particles; not the capitalised half of a hyphenated word
#: ("cross-Strait", "pro-Russian": no name).
#: A plural possessive inside a name keeps it whole ("Extraordinary G20 Leaders' Summit", "ASEAN
#: Defence Ministers' Meeting"): no lone "Summit" or "Meeting" after it.
_CAPITAL = re.compile(r"(?<![\w'’])(?<![a-zа-яё]-)[A-ZА-ЯЁ][\w\-]*(?:['’](?!s\b)[A-Za-z]\w*)?(?:(?<=s)['’](?=[ \t]+[A-ZА-ЯЁ]))?"
                      r"(?:[ \t]+(?:(?:for|of(?:[ \t]+the)?)[ \t]+|" + _PARTICLES + r")?" + _ARTICLE
                      + r"[A-ZА-ЯЁ][\w\-]*(?:['’](?!s\b)[A-Za-z]\w*)?"
                      r"(?:(?<=s)['’](?=[ \t]+[A-ZА-ЯЁ]))?)*")
#: A capitalised possessive right before a name ("People's" of "People's Liberation Army").
_POSSESSIVE_BEFORE = re.compile(r"[A-ZА-ЯЁ][\w\-]*['’]s[ \t]+$")
#: ", and" / ", but" right before a clause start (:data:`_CLAUSE`): a clause that goes on with the subject.
_CLAUSE_AND = re.compile(r",\s+(?:and|but|и|а|но)\s+$")
_CLAUSE = re.compile(r"[;:!?。；：！？]|,\s+(?:and|but|while|whereas|а|но|и)\s|\bwhile\b|\bwhereas\b")


# -- records -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Cue:
    """Words in a point's text: ``text == point_text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Mention(Cue):
    """An actor term; ``side`` is a side code (``"US"``), ``"both"``, or ``""`` for "his counterpart"
    in a readout whose counterpart is not known."""

    side: str
    role: str  # own / counterpart / both / third / people / pronoun / narrator


@dataclass(frozen=True)
class Act(Cue):
    """A speech act: its lexicon name, strength 0-4, and who it is credited to."""

    name: str
    strength: int
    polarity: int
    commits: bool
    negated: bool
    modal: bool
    speaker: str
    speaker_side: str | None
    speaker_span: tuple[int, int] | None
    #: The act lies in what an earlier act of the point reports, with an actor of its own ("Biden
    #: reiterated that the US does not support ..."), or a trailing reporting clause after it ("The US
    #: has committed to ..., he said."): that act only frames it.
    content: bool = False
    #: The act happened before the call ("had assured him in 2015", "has repeatedly stated", "в 1990
    #: году обязался", "一再承诺"): recalled, not done in the call, so no claim nor commitment of it.
    past: bool = False

    @property
    def effective_strength(self) -> int:
        """Strength with negation taken as a softer statement: "does not support" < "opposes"."""
        return max(0, self.strength - 1) if self.negated else self.strength

    @property
    def effective_polarity(self) -> int:
        return -self.polarity if self.negated else self.polarity

    @property
    def firm_commitment(self) -> bool:
        """An agreement or acceptance stated as done in the call: not negated, not "ready to agree",
        not recalled from before ("had agreed in 2015")."""
        return self.commits and not self.negated and not self.modal and not self.past


@dataclass(frozen=True)
class Initiative(Cue):
    """Who, per this point, initiated the call: a side code, or None when it cannot be told."""

    initiator: str | None
    role: str  # own / counterpart / third / unknown


@dataclass(frozen=True)
class Tone(Cue):
    key: str


@dataclass(frozen=True)
class Date(Cue):
    """A date; ``key`` is language-neutral: ``"01-21"`` for "21 January", "January 21", "1月21日"."""

    key: str


@dataclass(frozen=True)
class Number(Cue):
    """A number; ``key`` is language-neutral: "1.4 billion", "14亿" and "1,4 млрд" are all
    ``"1.4e+09"``; "二十" (in "二十大") is ``"20"``; other numbers keep their digits ("1999", "20%")."""

    key: str


@dataclass(frozen=True)
class PointCues:
    """All cues of one point."""

    text: str
    language: str  # primary subtag of the readout's language ("en" for "en-GB"); names compare within one
    speaker: str
    speaker_side: str | None
    speaker_span: tuple[int, int] | None
    acts: tuple[Act, ...]
    mentions: tuple[Mention, ...]
    tone: tuple[Tone, ...]
    numbers: tuple[Cue, ...]
    dates: tuple[Date, ...]
    entities: tuple[Cue, ...]
    initiative: Initiative | None
    call_frame: bool
    #: Tone words of a talk hoped for ("remains ready to continue a substantive exchange"): no tone
    #: of this call, but words about a talk all the same, so the topic text drops them too.
    hoped_tone: tuple[Tone, ...] = ()
    #: Act terms in a free relative clause ("what the two sides agreed", "nothing Putin said") or
    #: participles after their noun with their agent ("the terms agreed by Ukraine"): they name a
    #: thing agreed or said and report no act, but are words about the talk, which the topic text
    #: drops as it drops the acts; so is the act term that is a meeting frame's verb ("принял" of
    #: "Путин принял Эрдогана").
    named_acts: tuple[Cue, ...] = ()
    #: Keys of the numbers the point writes as words ("three" -> "3", "three billion" -> "3e+09"):
    #: no detail of their own ("the two sides" names no number), but a digit on the other side
    #: that one of them spells out is no detail the point lacks.
    spelled_numbers: frozenset[str] = frozenset()

    @property
    def claims(self) -> tuple[Act, ...]:
        """Acts this readout puts in the counterpart's mouth (or in both sides'): anything beyond
        "they discussed" — a statement, a demand, an agreement — and not a hypothetical one ("He
        hoped Russia would agree" says nothing Russia did), nor one recalled from before the call
        ("Moscow had promised in 1990")."""
        return tuple(a for a in self.acts if a.speaker in ("counterpart", "both") and (a.strength >= 1 or a.commits)
                     and not a.modal and not a.past)

    @property
    def strength(self) -> int:
        """Strongest act of the point (-1 when it has none)."""
        return max((a.effective_strength for a in self.acts), default=-1)

    @property
    def polarity(self) -> int:
        """-1 when an act of the point opposes or is negated support, else +1."""
        return -1 if any(a.effective_polarity < 0 for a in self.acts) else 1

    @property
    def commits(self) -> bool:
        return any(a.firm_commitment for a in self.acts)

    @property
    def details(self) -> dict[str, Cue]:
        """Numbers, dates and named entities by a language-neutral key (month numbers, digits)."""
        out: dict[str, Cue] = {}
        for d in self.dates:
            out.setdefault("date:" + d.key, d)
        for n in self.numbers:
            out.setdefault("num:" + (n.key if isinstance(n, Number) else _number_key(_HIDDEN.sub("", n.text))), n)
        for e in self.entities:  # a zero-width space inside a name ("Bl\u200binken") is no other name,
            # nor is "Zürich" with a combining diaeresis (NFD), nor "New\u00a0York" or "New\nYork"
            out.setdefault("ent:" + " ".join(unicodedata.normalize("NFC", _HIDDEN.sub("", e.text)).split()).lower(), e)
        return out


# -- lexicons ------------------------------------------------------------------------------------
#: The longest literal word of each term pattern, case-folded: a text that lacks it cannot match, so
#: the scan skips the pattern (:func:`_scan`). Most of a lexicon's ~200 patterns miss any one point.
#: Lexicon patterns only (a participant's name brings its own literal: a long pipeline meets many).
#: Keyed by the pattern's source, which a term's literal follows from: a ``re.Pattern`` key hashes
#: (and compares) its whole compiled code at every look-up, and the scan looks up ~750 per point.
_LITERALS: dict[str, str] = {}


@lru_cache(maxsize=4096)
def _literal(term: str) -> str:
    """The longest literal word of a term (see :func:`_term_regex`), case-folded; an apostrophe,
    which matches either form, splits a word ("n't": "n")."""
    stems = [part for w in term.split() if w != "..."
             for part in re.split(r"['’]", w[:-1] if w.endswith("*") and len(w) > 1 else w)]
    return max(stems, key=len, default="").casefold()


#: The gap a ``...`` stands for in a language without word boundaries: up to ten characters, no
#: punctuation or space ("举行 ... 战略对话" matches "举行第十二次中欧高级别战略对话"), after up to three
#: words of a list joined by "、", as English "..." takes words with commas ("举行 ... 会谈" matches
#: "举行坦诚、深入、建设性的会谈", as "held ... talks" matches "held candid, substantive and
#: constructive talks"). The gap does not open with "的": a verb with "的" right after it qualifies the
#: noun that follows, no act nor event of its own ("达成 ... 共识" matches "达成重要共识", an agreement
#: reached, not "落实两国元首达成的共识" nor "所达成的重要共识", a consensus reached before and referred to).
_CHAR_GAP = r"(?!的)(?:[^\s，,。；;：:！!？?、（()）“”\"]{1,10}?、){0,3}[^\s，,。；;：:！!？?、（()）“”\"]{0,10}?"


class _LazyPattern:
    """A compiled pattern made on first use: its source (``pattern``) at once, its ``finditer``,
    ``search``, ``match`` and the rest of :class:`re.Pattern` compiled the first time one is asked
    for, then read straight from the instance. The lexicons hold ~4,300 term patterns (three
    languages), most of which a run's texts never reach past the literal pre-check (:func:`_scan`),
    and many only ever give their source to a larger pattern (:func:`_talk_topic_pattern`):
    parsing them all when a lexicon loads was most of its load time. Compares and hashes as a
    compiled pattern does (source and flags)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name in ("pattern", "_flags"):
            raise AttributeError(name)
        compiled = re.compile(self.pattern, self._flags)
        for attr in _PATTERN_ATTRS:  # found in the instance from now on: no __getattr__ call
            setattr(self, attr, getattr(compiled, attr))
        return getattr(compiled, name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _LazyPattern):
            return self.pattern == other.pattern and self._flags == other._flags
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __reduce__(self) -> tuple[Any, ...]:
        return _LazyPattern, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"_LazyPattern({self.pattern!r}, {self._flags})"


_PATTERN_ATTRS = ("finditer", "search", "match", "fullmatch", "findall", "sub", "subn", "split", "scanner",
                  "flags", "groups", "groupindex")

#: What a compiled pattern may be: :class:`re.Pattern`, or a term's pattern not compiled yet.
PATTERN_TYPES = (re.Pattern, _LazyPattern)


@lru_cache(maxsize=4096)  # participants' names are compiled per point; the patterns repeat
def _term_regex(term: str, boundaries: bool, adverbs: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A term's pattern; ``adverbs``: suffixes of an adverb that may stand between its words (an act
    term's ``inner_adverbs``: "asked directly whether" is "asked whether")."""
    words = term.split()
    body = ""
    for i, w in enumerate(words):
        if w == "..." and not boundaries:  # no words to count: up to ten characters, no punctuation
            body += _CHAR_GAP
            continue
        if w == "...":  # up to four words between, each with a comma after it at most
            body += r"(?:[\w'’-]+,?\s+){0,4}"
            continue
        star = w.endswith("*") and len(w) > 1  # "urg*": the stem and any word ending
        # an apostrophe matches either form ("n't" matches "doesn’t")
        body += re.escape(w[:-1] if star else w).replace("'", "['’]") + (r"\w*" if star else "")
        if i + 1 < len(words) and (boundaries or "..." not in (w, words[i + 1])):
            body += r"\s+"
            if adverbs and boundaries and "..." not in (w, words[i + 1]):
                # one adverb, or a list of them joined by commas and "and" ("talked candidly,
                # substantively and constructively about" is "talked about")
                adverb = r"[^\W\d_]{2,}(?:%s)" % "|".join(map(re.escape, adverbs))
                body += r"(?:(?:%s(?:,\s+|,?\s+(?i:and|or)\s+))*%s\s+)?" % (adverb, adverb)
    if boundaries:
        # Boundaries only where the term itself starts or ends with a letter ("'s request" follows
        # one), and none before a contraction's "n't", which ends its word ("doesn't", "can't").
        head = r"(?<!\w)" if re.match(r"\w", term) and not re.match(r"n['’]t(?!\w)", term) else ""
        # nor inside a word an apostrophe joins ("Xi" is not in "Xi'an"; it is in "Xi's", "we'll")
        tail = _TERM_END if re.search(r"\w$", term) else ""
        body = head + body + tail
    exact_case = sum(ch.isalpha() for ch in term) >= 2 and term.upper() == term and term.lower() != term
    return _LazyPattern(body, 0 if exact_case else re.IGNORECASE)  # type: ignore[return-value]


#: Where a lexicon term that ends in a letter may end: not before a letter, nor before an apostrophe
#: that joins a word ("Xi'an", "Ren'ai"); a possessive or a contraction may follow ("Xi's", "we'll").
_TERM_END = r"(?!\w|['’](?!(?:s|t|d|m|ll|re|ve)(?!\w))\w)"


@lru_cache(maxsize=256)  # each step of a point's cues scans the same text: fold it once
def _folded(text: str) -> str | None:
    """``text`` case-folded, for the literal pre-check of :func:`_scan`; None where case-insensitive
    matching could pair a letter with one that folds differently (letters outside ASCII, the Latin
    letters of U+0080-U+024F but dotted and dotless i, basic Cyrillic and CJK: Kelvin sign, long s,
    dotless i, ...), so every pattern runs. "Erdoğan", "Türkiye", "Élysée" keep the pre-check: each
    letter case-insensitive matching pairs with one of theirs folds as they do (a test checks it)."""
    if not text.isascii() and any(m.group().isalpha() for m in _UNFOLDABLE.finditer(text)):
        return None
    return text.casefold()


#: Latin letters past ASCII that the pre-check may fold (:func:`_folded`): each letter that
#: case-insensitive matching pairs with one of them, either way round, folds as it does (not so
#: dotted and dotless i, left out: "ı" matches "i"); a letter of none of these ranges stops it.
_FOLDABLE_LATIN = "\xaa\xb5\xba\xc0-\xd6\xd8-\xf6\xf8-\u012f\u0132-\u024f"
_UNFOLDABLE = re.compile(r"[^\x00-\x7f" + _FOLDABLE_LATIN + r"\u0410-\u044f\u0401\u0451\u3400-\u9fff]")


def _scan(pat: re.Pattern[str], text: str, folded: str | None, literal: str | None = None) -> Iterable[re.Match[str]]:
    """``pat.finditer(text)``, skipped when ``folded`` (:func:`_folded`) lacks the pattern's literal
    (``literal``, else the lexicon's record of it; a pattern without one always runs)."""
    if folded is not None and (_LITERALS.get(pat.pattern, "") if literal is None else literal) not in folded:
        return ()
    return pat.finditer(text)


_Item = TypeVar("_Item", bound=tuple)  # type: ignore[type-arg]


def _scan_items(items: Sequence[_Item], text: str, folded: str | None) -> Iterator[tuple[_Item, re.Match[str]]]:
    """``(item, match)`` for each match in ``text`` of each item's pattern (its first element), in
    order: :func:`_scan` over a lexicon list (acts, actors, tone, ...), the pre-check made through
    the list's :class:`_LiteralIndex`, not per pattern (a point meets ~750 patterns, ~40 of them
    past the check)."""
    for item in items if folded is None else _LiteralIndex.of(items).present(folded):
        for m in item[0].finditer(text):
            yield item, m


class _LiteralIndex:
    """A lexicon list's items (each a pattern first) by the first ``size`` characters of their
    literal (:data:`_LITERALS`; three, or two where a third of the literals are shorter, as Chinese
    words are): the items whose literal a folded text holds are among those whose key is one of the
    text's runs of ``size`` characters (:func:`_grams`), found by a set's intersection, not by a
    substring search per item. :meth:`present` gives them in their list's order, each literal then
    checked, with those of a shorter literal (none: in every text) checked as before.

    The index of a list is made once (:meth:`of`) and kept, as the list is: the lexicons' lists."""

    __slots__ = ("items", "literals", "size", "by_key", "keys", "short")

    def __init__(self, items: Sequence[_Item]) -> None:
        self.items = items
        self.literals = [_LITERALS.get(item[0].pattern, "") for item in items]
        self.size = 2 if 3 * sum(0 < len(lit) < 3 for lit in self.literals) > sum(map(bool, self.literals)) else 3
        self.by_key: dict[str, list[int]] = {}
        self.short: list[int] = []  # the items of a literal shorter than a key
        for i, literal in enumerate(self.literals):
            if len(literal) >= self.size:
                self.by_key.setdefault(literal[:self.size], []).append(i)
            else:
                self.short.append(i)
        self.keys = frozenset(self.by_key)

    _made: dict[int, "_LiteralIndex"] = {}

    @staticmethod
    def of(items: Sequence[_Item]) -> "_LiteralIndex":
        """The index of ``items`` (a lexicon's tuple, kept: its id names it while the index holds it)."""
        index = _LiteralIndex._made.get(id(items))
        if index is None or index.items is not items:
            index = _LiteralIndex._made[id(items)] = _LiteralIndex(items)
        return index

    def present(self, folded: str) -> list[_Item]:
        """The items whose literal is in ``folded``, in order."""
        keys = self.keys & _grams(folded, self.size)
        if not keys:
            found = self.short
        else:
            by_key = self.by_key
            found = [i for k in keys for i in by_key[k]] + self.short
            found.sort()
        literals, items = self.literals, self.items
        return [items[i] for i in found if literals[i] in folded]


@lru_cache(maxsize=256)
def _grams(folded: str, size: int) -> frozenset[str]:
    """Each run of ``size`` characters of ``folded`` (two or three): what a literal's first ``size``
    characters are, where the text holds it (:class:`_LiteralIndex`)."""
    return frozenset(_GRAMS[size].findall(folded))


_GRAMS = {2: re.compile(r"(?=(..))", re.DOTALL), 3: re.compile(r"(?=(...))", re.DOTALL)}  # see _grams


@dataclass(frozen=True)
class Lexicon:
    """One language's compiled cue lexicon (see the module docstring for the file format)."""

    language: str
    boundaries: bool
    acts: tuple[tuple[re.Pattern[str], str, int, int, bool], ...]
    negations: tuple[re.Pattern[str], ...]
    modals: tuple[re.Pattern[str], ...]
    actors: tuple[tuple[re.Pattern[str], str, str], ...]  # (pattern, side-or-kind, kind)
    tone: tuple[tuple[re.Pattern[str], str], ...]
    init_after: tuple[re.Pattern[str], ...]
    init_before: tuple[re.Pattern[str], ...]
    init_around: tuple[tuple[str, str], ...]
    init_counterpart: tuple[re.Pattern[str], ...]
    call: tuple[re.Pattern[str], ...]
    months: tuple[tuple[re.Pattern[str], int], ...]
    not_entities: frozenset[str]
    side_terms: dict[str, tuple[str, ...]]
    #: A pronoun subject right after the verb ("сказал он"), where the language puts one there.
    post_pronoun: re.Pattern[str] | None = None
    #: Act terms whose speaker is the actor named right after them ("по словам Путина": Putin said).
    speaker_after: re.Pattern[str] | None = None
    #: Whether an actor right after a verb of saying may be its subject ("Об этом заявил Лавров"),
    #: and the endings and words that tell its case (see :func:`_inverted_subject`).
    inverted_subjects: bool = False
    object_endings: tuple[str, ...] = ()
    feminine_verb_endings: tuple[str, ...] = ()
    nominative_words: frozenset[str] = frozenset()
    #: Endings of a gerund ("отметив", "подчеркивая"): an act term with a word in one is the act of
    #: the subject of the clause it is set in (see :func:`_gerund_mains`).
    gerund_endings: tuple[str, ...] = ()
    #: Endings of a plural verb ("-ли" of "обсудили", "-лись" of "условились"): an act in one with
    #: no subject is the two sides'.
    plural_act_endings: tuple[str, ...] = ()
    #: Act terms that report an agreement with no one named ("условлено", "agreement was reached"), and
    #: those that do so after a passive auxiliary ("it was agreed"): the two sides' act.
    impersonal_agreements: tuple[re.Pattern[str], ...] = ()
    #: Phrases that set a visit at a time to suit both sides ("at a mutually convenient time"): said
    #: of one's own visit, an acceptance (:func:`_accepted_times`).
    accepted_times: tuple[re.Pattern[str], ...] = ()
    #: Chinese verbs of holding a talk ("举行", "开展"): right after an agreement, a talk planned
    #: (:func:`_infinitive_after`); after two joined actors, their talk (:func:`_speaker_of`).
    talk_verbs: tuple[str, ...] = ()
    #: Nouns of the talk itself ("conversation", "talks", "разговор", "通话"): an act term that opens
    #: with one, more after it, is the talk's subject matter and the two sides' act (``talk_topics``).
    talk_nouns: tuple[str, ...] = ()
    #: Pronouns that stand for the talk where they open their sentence ("It covered ...": lexicon
    #: ``talk_topics`` ``pronouns``); a talk-topic act that opens with one elsewhere is none.
    talk_pronouns: tuple[str, ...] = ()
    #: Words that end a discussion term and may open a date ("on": "held talks on Monday"; lexicon
    #: ``date_prepositions``, :func:`_dated_topic`).
    date_prepositions: frozenset[str] = frozenset()
    #: The talk's main subject named as a copula's subject ("The main topic of the conversation was
    #: ...", "Главной темой разговора стали ...", "通话重点是……": lexicon ``talk_subjects``): one
    #: pattern, a ``discussed`` act of the two sides as a ``talk_topics`` one is (:func:`_talk_topic`).
    talk_subject: re.Pattern[str] | None = None
    #: Phrases that name the talk as where something was discussed ("в ходе переговоров"):
    #: lexicon ``talk_settings`` (:func:`_talk_setting`).
    talk_settings: tuple[re.Pattern[str], ...] = ()
    #: Act terms that bring a topic up ("raised", "mentioned", "уделено внимание", "谈到"), those of
    #: them passive by themselves ("attention was paid to", "упомянута"), and what opens what one
    #: reports right after it ("that", "что", "，"): lexicon ``topic_raisings`` (:func:`_raised_topic`).
    topic_raisings: tuple[re.Pattern[str], ...] = ()
    topic_raising_passives: tuple[re.Pattern[str], ...] = ()
    topic_raising_content: re.Pattern[str] | None = None
    #: The strength, polarity and commitment of a ``discussed`` act, that a topic brought up with no
    #: one named takes (:func:`_as_discussion`); None where the lexicon has no ``discussed`` act.
    discussed_how: tuple[int, int, bool] | None = None
    #: Where words are not spaced (Chinese): what a discussion with no actor may stand after in its
    #: clause, a topic phrase and a verb of holding a talk (lexicon ``topic_heads``,
    #: :func:`_zh_impersonal_gap`); group ``free`` spans the words an actor may stand in.
    zh_impersonal_gap: re.Pattern[str] | None = None
    #: ... and the same where the topic is the clause's subject ("台湾问题也进行了讨论").
    zh_topic_subject: re.Pattern[str] | None = None
    impersonal_agreement_passives: tuple[re.Pattern[str], ...] = ()
    #: What ends the text before such a passive term: an auxiliary, then an adverb of
    #: ``impersonal_agreements["between"]`` or in "-ly" at most ("it was also agreed").
    impersonal_agreement_aux: re.Pattern[str] | None = None
    #: Surnames that open a name written surname first ("Wang" of "Wang Yi", "Ван" of "Ван И"):
    #: see :func:`participant_sides`.
    surname_first: frozenset[str] = frozenset()
    #: Phrases that open a point with a pronoun's view ("In his view", "According to him"): the
    #: point is the previous speaker's, as one that opens with the pronoun is.
    attribution_openers: tuple[re.Pattern[str], ...] = ()
    #: Act terms that are an act only where they open the point with a person named right after them
    #: ("According to Ushakov, ..."; not "according to the agreement"): lexicon ``named_openers``.
    named_openers: tuple[re.Pattern[str], ...] = ()
    #: Names of one thing ("Burma", "Myanmar"; "DPRK", "North Korea"), each group as lower-case
    #: word tuples: one side's name is present where the other side uses any name of its group
    #: (a name whose last word ends in "=" is whole words of their own: :func:`_own_name_in`).
    same_entities: tuple[tuple[tuple[str, ...], ...], ...] = ()
    #: Pairs (events, the larger events they lie in), names as ``same_entities`` holds them
    #: (lexicon ``implied_entities``).
    implied_entities: tuple[tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]], ...] = ()
    #: Whether words made from names are written in lower case ("крымский" of "Крым"): a one-word
    #: name is matched by its stem in any word; else only in a capitalised one or as itself.
    lower_adjectives: bool = False
    #: Capitalised nouns that open a name over a lower-case phrase after a preposition ("Война за
    #: независимость"), stems (lexicon ``prepositional_name_heads``), and those prepositions.
    prepositional_heads: tuple[str, ...] = ()
    name_prepositions: frozenset[str] = frozenset()
    #: Titles in the genitive ("президента", "министра"; lexicon ``genitive_titles``).
    genitive_titles: frozenset[str] = frozenset()
    #: Names of one thing in English and in this language (``english_names``): pairs of (English
    #: patterns, patterns of this language), :func:`cross_names`.
    english_names: tuple[tuple[tuple["re.Pattern[str] | _OwnName", ...], tuple[re.Pattern[str], ...]], ...] = ()
    #: The English names of ``english_names`` as written (:func:`_document_names`).
    english_name_terms: tuple[str, ...] = ()
    #: For each pair of ``english_names``, whether each English name is written in lower case there
    #: ("fentanyl", "artificial intelligence"): a common noun, which counts in an English point with
    #: no named entity around it (:func:`cross_names`).
    english_common: tuple[tuple[bool, ...], ...] = ()
    #: What a name of ``english_names`` found in this language takes into its span right beside it:
    #: (prefixes, suffixes, words that a prefix ends with the character before it), :func:`_affixed`.
    name_affixes: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    #: Latin letters of this script's letters (``romanisation``), and the case endings a name may
    #: take, longest first: a name in no pair is compared with English names spelled alike
    #: (:func:`spelled_names`).
    romanisation: tuple[tuple[str, str], ...] = ()
    #: Prepositions that put a name in an oblique case ("из", "в"): a side's name after one ("из
    #: России", "в Москве") says where or whence, and names no actor (:func:`carried_side`).
    oblique_prepositions: frozenset[str] = frozenset()
    #: Prepositions of a place, after which a run of capitals is cut before an initial: ``place_prepositions``.
    place_prepositions: frozenset[str] = frozenset()
    #: The first person plural and what makes it both sides after it: see ``first_person``.
    first_person: tuple[tuple[re.Pattern[str], ...], re.Pattern[str] | None, re.Pattern[str] | None,
                        tuple[re.Pattern[str], ...]] | None = None
    name_endings: tuple[str, ...] = ()
    #: Given names in Latin letters, a person's surname after one (``given_names``): :func:`spelled_names`.
    given_names: frozenset[str] = frozenset()
    #: Nouns of a stance a side holds ("готовность", "позиция"): a side's name right after one, in
    #: the genitive, is the speaker of an act with none (:func:`_held_stance`).
    stance_nouns: tuple[re.Pattern[str], ...] = ()
    #: Possessives that open a name rather than being one ("people" of "People's Liberation Army").
    name_possessives: frozenset[str] = frozenset()
    #: Words of ``not_entities`` that still open a name when a name's own word follows ("Western
    #: Sector"; alone, "Western sanctions", no name).
    name_openers: frozenset[str] = frozenset()
    #: Capitalised common nouns that end a name ("Day", "Summit"): a capitalised word and "in" before
    #: a run ending in one are part of it ("Victory in Europe Day").
    name_heads: frozenset[str] = frozenset()
    #: A lower-case noun right after a name that the name qualifies ("Minsk agreements"), with the
    #: space before it (lexicon ``lower_name_heads``): see :func:`name_evidence_end`.
    lower_name_head: re.Pattern[str] | None = None
    #: Where a Chinese name's evidence runs on to after it (lexicon ``han_name_heads``): a few Han
    #: characters, none of its ``not_between``, then a name's head noun; see :func:`name_evidence_end`.
    han_name_head: re.Pattern[str] | None = None
    #: The words of ``lower_name_heads`` themselves (:func:`_document_names`).
    lower_name_words: frozenset[str] = frozenset()
    #: Nouns of a document's name whose evidence runs on over "in the" and a region's name, and
    #: the nouns that end a region's name (``document_heads``).
    document_heads: frozenset[str] = frozenset()
    region_nouns: frozenset[str] = frozenset()
    #: Nouns of a place that an appositive after a place's name may end with ("Astana, the Kazakh
    #: capital"): the name inside qualifies the place, as "Budapest, Hungary" does.
    place_nouns: frozenset[str] = frozenset()
    #: A subordinate clause of reason or time that opens a sentence, up to its comma ("Since the US
    #: has said ...,"; lexicon ``reason_clauses``): its acts name no speaker of the point.
    reason_clause: re.Pattern[str] | None = None
    #: Act terms that are an act only right after their actor (``subject_acts``: "hopes").
    subject_act: re.Pattern[str] | None = None
    #: A phrase set off by commas that may stand between such a term and its actor ("Biden, for his
    #: part, concentrated on ...": lexicon ``subject_asides``), its commas included.
    subject_aside: re.Pattern[str] | None = None
    #: Act terms that are an act only right after an auxiliary or obligation (``modal_acts``: "support"),
    #: and what must end the text right before such a term ("should ", "will jointly ").
    modal_act: re.Pattern[str] | None = None
    modal_act_before: re.Pattern[str] | None = None
    #: Act terms of naming ("called") that are a statement only where they call a thing something
    #: (``naming_acts``): the term, what may follow it, and what may end the text right before it.
    naming_act: re.Pattern[str] | None = None
    naming_after: re.Pattern[str] | None = None
    naming_before: re.Pattern[str] | None = None
    #: Act terms of holding a view ("considered", "believed") that are a statement only where a view
    #: follows them (``opinion_acts``): the term, and what must follow it.
    opinion_act: re.Pattern[str] | None = None
    opinion_after: re.Pattern[str] | None = None
    #: Those of them that also take a clause with no "that" ("believed it had gone well"), and the clause.
    opinion_clause: re.Pattern[str] | None = None
    opinion_clause_after: re.Pattern[str] | None = None
    #: A verb of ``opinion_acts``' ``clause_verbs`` anywhere ("had" of "said he had just finished"): a
    #: verb of saying before it reports a clause, which an "and" after it may go on.
    opinion_clause_verb: re.Pattern[str] | None = None
    #: A pronoun that refers to a side as the subject of an act ("it" of "that it does not support"),
    #: and what may stand between it and the act (``side_pronouns``).
    side_pronoun: re.Pattern[str] | None = None
    #: What may stand between an agreement and the talk it agrees on ("to keep": ``talk_agreed_between``).
    talk_agreed_between: re.Pattern[str] | None = None
    #: Endings of a short passive participle that opens an act term ("Отмечено": ``passive_endings``).
    passive_endings: tuple[str, ...] = ()
    #: A verb of receiving and an adjective at most, ending right before an act noun ("received special
    #: emphasis": ``passive_receipts``).
    passive_receipt: re.Pattern[str] | None = None
    #: Statements of description that in the passive are acts only where they go on with the previous
    #: speaker ("was described as": ``described_passives``).
    described_passives: tuple[re.Pattern[str], ...] = ()
    #: Verbs of telling that, with an addressee and an infinitive after them, urge the addressee or
    #: instruct the teller's own people (``directive_tells``): the verb; the infinitive right after the
    #: addressee ("to drop"); and one's own people told ("their teams").
    telling: re.Pattern[str] | None = None
    telling_to: re.Pattern[str] | None = None
    telling_own: re.Pattern[str] | None = None
    side_pronoun_gap: re.Pattern[str] | None = None
    #: Words that make a comma-set phrase after a name its holder's title (:func:`_titles`), and the
    #: stems of those given as one ("посланник*": "посланника", "посланником").
    title_words: frozenset[str] = frozenset()
    title_stems: tuple[str, ...] = ()
    #: Words that open a title's portfolio where titles are written in lower case ("по" of "посланник
    #: по Ближнему Востоку"): lower-case words may follow one in a title (:func:`_titles`).
    title_portfolios: frozenset[str] = frozenset()
    #: Phrases that hold an act term but are no act ("说到做到": match words with deeds).
    not_acts: tuple[re.Pattern[str], ...] = ()
    #: Act terms that complete an act term right before them ("警告说"): no act of their own.
    act_complements: frozenset[str] = frozenset()
    #: Phrases that hold an actor term but name no actor ("со своей стороны").
    not_actors: tuple[re.Pattern[str], ...] = ()
    #: A currency named after a side ("US dollars", "долларов США"): no actor and no entity.
    currencies: tuple[re.Pattern[str], ...] = ()
    #: A bare ``both`` word that opens a pair of named parties ("both Russia and Ukraine"): its
    #: casefolded words, and what joins the pair (``correlatives``).
    correlative_words: frozenset[str] = frozenset()
    correlative_joint: re.Pattern[str] | None = None
    correlative_article: re.Pattern[str] | None = None
    #: Words before it that make it open a pair of nouns ("have both differences and ..."), words
    #: that may not stand in the pair's first ("to", an auxiliary), and that first, up to the joiner.
    correlative_before: frozenset[str] = frozenset()
    correlative_not: frozenset[str] = frozenset()
    correlative_pair: re.Pattern[str] | None = None
    #: Auxiliaries after which it floats off its subject ("are both advancing"), words that open a
    #: subject's clause ("that"), and the joiners, case-folded (:func:`_floating_both`).
    correlative_float: frozenset[str] = frozenset()
    correlative_openers: frozenset[str] = frozenset()
    correlative_joiners: frozenset[str] = frozenset()
    #: What ends the text before the auxiliary of a passive act whose subject is the press
    #: (``press_addressees``: "The media will be told").
    press_addressee: re.Pattern[str] | None = None
    #: Words that make a side's actor term a nation's people, after it ("the Chinese people",
    #: "российский народ", "中国人民") or before it ("народ России", "the people of China").
    people_after: tuple[re.Pattern[str], ...] = ()
    people_before: tuple[re.Pattern[str], ...] = ()
    #: Whether a sentence may drop its subject (Chinese): a point whose first act has no actor
    #: before it goes on with the previous point's speaker.
    subject_drop: bool = False
    #: The passive auxiliaries themselves ("被"): an act term right before one is the passive's
    #: subject, a noun ("此次通话被评价为……": the call), and no act that drops its subject.
    passive_terms: tuple[str, ...] = ()
    #: Obligations ("should", "must", "应当"): an actor right before one is told what to do, and
    #: does not speak ("美方应当……重申" is a demand on the US, not a US statement).
    obligations: tuple[re.Pattern[str], ...] = ()
    #: Hopes that reach an act of the actor right after them in their clause: see ``hopes``.
    hopes: tuple[re.Pattern[str], ...] = ()
    #: Phrases that start like an obligation but are none ("应约": at the request of).
    not_obligations: tuple[re.Pattern[str], ...] = ()
    #: Non-actor subjects that make a word right after them an obligation ("各方应"): see :func:`_told_to`.
    obligation_subjects: tuple[str, ...] = ()
    #: Words of a negated ability ("cannot"): an obligation on an actor not of the readout's own side.
    negated_abilities: tuple[re.Pattern[str], ...] = ()
    #: Pronouns that name the other party only right after one of their joining words and right
    #: before a call, a meeting or a discussion ("与其通了电话"): see ``joined_pronouns``.
    joined_pronouns: tuple[str, ...] = ()
    pronoun_joins: tuple[str, ...] = ()
    #: Words that open an appositive phrase of an actor ("作为": as): an obligation after the phrase
    #: and its comma is still right after the actor (:func:`_told_at`).
    appositives: tuple[str, ...] = ()
    #: Where words are not spaced: each side's short name (the first part of a side term ending in
    #: ``side_pairs``' ``suffix``: "中" of "中方") with its side, and the words that may stand
    #: between a compound of two of them and what shows it a subject (``gap``: "都") or that alone
    #: show it one (``subject``: "作为"): see :func:`_pair_subjects`.
    side_shorts: dict[str, str] = field(default_factory=dict)
    pair_gap: tuple[str, ...] = ()
    pair_subject: tuple[str, ...] = ()
    #: Words that make the actor after them an object ("向" in "习近平向拜登介绍").
    object_markers: tuple[str, ...] = ()
    #: What closes a temporal clause ("时" in "在……时"): an actor before one is inside it and is not
    #: the subject of the act after it; and words that end like one but are none ("同时": also).
    frame_ends: tuple[str, ...] = ()
    not_frame_ends: tuple[str, ...] = ()
    #: Possessive marks: an act term right after one is a noun ("Russia's demands").
    possessives: tuple[str, ...] = ()
    #: The sides whose principal a bare title names ("the secretary": US, UK), by the title in lower case.
    title_sides: dict[str, frozenset[str]] = field(default_factory=dict)
    #: Titles of the counterpart's principal ("counterpart", "коллега"), in lower case.
    counterpart_titles: frozenset[str] = frozenset()
    #: Numbers written as words ("three", "трёх", "三"), each with its value.
    number_words: tuple[tuple[re.Pattern[str], int], ...] = ()
    #: What stands between an actor and the act of its relative clause (", who", ", который").
    relative: re.Pattern[str] | None = None
    relative_pronouns: frozenset[str] = frozenset()
    #: Lower-cased openings of a fronted phrase that names a source, who speaks ("according to").
    fronted_sources: tuple[str, ...] = ()
    #: Words besides capitals and determiners that may open an actor's appositive ("a", "an").
    appositive_openers: frozenset[str] = frozenset()
    #: Words that open a free relative clause ("what" in "what the two sides agreed on"): an act
    #: whose subject stands right after one is part of a noun phrase, no act of the call; and those
    #: that open a pseudo-cleft before a copula ("What Lavrov stressed was ..."), where it still is one.
    free_relatives: re.Pattern[str] | None = None
    cleft_relatives: frozenset[str] = frozenset()
    #: An it-cleft's opening right before an actor, and its relative word after it: see ``it_clefts``.
    cleft_opener: re.Pattern[str] | None = None
    cleft_relative: re.Pattern[str] | None = None
    #: A connective that draws a conclusion, around an actor: see ``conclusions``.
    conclusion_before: re.Pattern[str] | None = None
    conclusion_after: re.Pattern[str] | None = None
    #: A phrase that denies the actor before it the standing to act: see ``no_standing``.
    no_standing: re.Pattern[str] | None = None
    #: A participle after its noun with its agent ("the terms agreed by Ukraine"): the participle's
    #: ending ("-ed"), then "by" (a particle between: "agreed upon by"), and the words before it that
    #: are no noun ("has", "as", "also"; besides auxiliaries, copulas, modals and function words).
    participle_endings: tuple[str, ...] = ()
    participle_agent: re.Pattern[str] | None = None
    not_heads: frozenset[str] = frozenset()
    #: What opens an agent of no side after a participle's "by" ("all"): see :func:`_reduced_relative`.
    agent_quantifier: re.Pattern[str] | None = None
    #: What ends the text before an infinitive ("to", "to fully"): the act a directive asks for.
    infinitive: re.Pattern[str] | None = None
    #: What ends the text before a passive infinitive ("to be", "still to be", "to be formally"): the
    #: act after it is yet to be done ("a venue still to be decided"), named and not done in the call.
    passive_infinitive: re.Pattern[str] | None = None
    #: Verbs that make the actor right after them the doer of an infinitive ("get X to agree").
    causatives: tuple[re.Pattern[str], ...] = ()
    #: What may stand before the actor that opens a clause (see :func:`_name_prefix`).
    name_prefix: re.Pattern[str] = re.compile(r"\s*(?:the\s+)?")
    #: A connective alone (lexicon ``connectives``: "Кроме того", "In addition"), no clause of its own.
    connective: re.Pattern[str] | None = None
    #: A fronted phrase that opens with one of ``function_words`` and ends with a comma ("On the
    #: Middle East, ", "During the call, "; a date's year after its own comma: "On December 18,
    #: 2024, "): the actor after it still opens the clause.
    fronted: re.Pattern[str] | None = None
    #: Words that may stand between two actors joined to act together ("应约", "总统": "习近平应约同
    #:美国总统拜登通电话"), where titles are not capitalised.
    join_fillers: tuple[str, ...] = ()
    #: Persons' names -> their English names (``person_names``): see :func:`_others_agreement`.
    person_names: tuple[tuple[str, str], ...] = ()
    #: Words after which an act term is a noun or adjective, never a verb ("the demands", "the stated goal").
    determiners: frozenset[str] = frozenset()
    #: Possessive pronouns after which an act term in "-ed" is an adjective ("its stated position").
    possessive_determiners: frozenset[str] = frozenset()
    #: Openers and auxiliaries of a relative clause after a noun: see :func:`_noun_relative`.
    noun_relative_openers: frozenset[str] = frozenset()
    noun_relative_acts: frozenset[str] = frozenset()
    noun_relative_auxiliaries: frozenset[str] = frozenset()
    #: Words that set such a noun after a copula as a set its subject belongs to ("among", "one of":
    #: "Iran was among the subjects they covered"), each as a tuple of its words.
    noun_relative_partitives: tuple[tuple[str, ...], ...] = ()
    #: Possessive marks that count only right after an actor term ("美方的关切", not "坦诚的交流").
    actor_possessives: tuple[str, ...] = ()
    #: Words that end in a possessive mark but are none ("it's", "he's").
    not_possessives: frozenset[str] = frozenset()
    #: A passive auxiliary right before an act ("Lavrov was told", "被"): its actor is the addressee.
    passive: re.Pattern[str] | None = None
    #: ``modal_nouns``: modals that are nouns ("hope"), and the finite passive auxiliaries ("was ",
    #: "has been ") a passive's match opens with, or its word before, for :func:`_modal_noun_subject`.
    modal_nouns: tuple[re.Pattern[str], ...] = ()
    finite_passive: re.Pattern[str] | None = None
    #: Act terms that after an auxiliary tell the subject's stance ("is committed to"): no passive.
    stative_acts: tuple[str, ...] = ()
    #: Act terms that are passive by themselves, case-folded ("обсуждалась": ``reflexive_passives``).
    reflexive_passives: frozenset[str] = frozenset()
    #: Commitment terms that tell the subject's stance by themselves, no copula needed ("致力于",
    #: "привержен"): see :func:`_stance`.
    stance_acts: tuple[str, ...] = ()
    #: Agreement terms that with a that-clause may share a view, no commitment ("agreed that X is
    #: important"), and the words that make such a clause a commitment ("agreed that the teams would
    #: meet"): see :func:`_shared_view`.
    view_agreements: tuple[str, ...] = ()
    agreement_futures: tuple[re.Pattern[str], ...] = ()
    #: Words that make the actor after them a passive's agent ("с" in "с российской стороны было отмечено").
    agent_markers: tuple[str, ...] = ()
    #: What names a passive act's agent right after the act ("by" in "was welcomed by Xi"): see
    #: :func:`_passive_agent`.
    passive_agent: re.Pattern[str] | None = None
    #: Words after such a "by" that name a means, no agent ("by phone"; lexicon ``passive_means``).
    passive_means: tuple[re.Pattern[str], ...] = ()
    #: Words that make the act term right after them an evaluation with no agent ("广受欢迎", widely
    #: welcomed): no act of anyone in the call (lexicon ``evaluative_passives``, optional).
    evaluative_passive: tuple[str, ...] = ()
    #: A passive marker, an agent who is no actor of the call and words such as "普遍" right before an act
    #: term ("受到各方欢迎"): an evaluation too (lexicon ``evaluative_agents``, optional).
    evaluative_agent: re.Pattern[str] | None = None
    #: What opens a passive act's agent after "by" that is no actor of the call ("welcomed by the
    #: international community", "backed by 1.4 billion people"): see :func:`_third_party_agent`
    #: (lexicon ``third_party_agents``, optional).
    third_party_agent: re.Pattern[str] | None = None
    #: An article that may open a passive act's agent ("the" of "by the Chinese side"): see
    #: :func:`_passive_agent`.
    passive_agent_article: re.Pattern[str] | None = None
    #: A noun of several words that names an actor's people after the actor's adjective ("heads of
    #: state" of "the Chinese and US heads of state"): one word in the gap between an actor and its
    #: act (lexicon ``actor_nouns``, optional; see :func:`_gap_ok`).
    actor_noun: re.Pattern[str] | None = None
    #: What opens a relative clause on a preposition's object ("to which", "where"): a passive act
    #: with no agent in one names what may be done there (:func:`_oblique_relative`).
    oblique_relative: re.Pattern[str] | None = None
    #: Verbs of meeting that show an initiative phrase is about the meeting ("met", "принял").
    meeting_words: tuple[re.Pattern[str], ...] = ()
    #: Verbs of meeting that frame the call between two actors ("Modi met Xi"): see ``meeting_frames``.
    meeting_frames: tuple[re.Pattern[str], ...] = ()
    #: A place, a time and "with" between a meeting verb and its second actor: see ``meeting_adjuncts``.
    meeting_adjunct: re.Pattern[str] | None = None
    #: Verbs of greeting a visitor that frame the meeting between host and guest: see ``greeting_frames``.
    greeting_frames: tuple[re.Pattern[str], ...] = ()
    #: What may follow the guest of a greeting frame (a clause's end, "to" and a place).
    greeting_rest: re.Pattern[str] | None = None
    #: Copulas ("is", "remains", "остаётся"): a tone word after one describes the copula's subject.
    copulas: tuple[re.Pattern[str], ...] = ()
    #: Verbs that recall an earlier event ("recalled", "напомнил", "回顾"): an initiative phrase after
    #: one is that event's, not the call's.
    recall_frames: tuple[re.Pattern[str], ...] = ()
    #: Endings that make an act term's word a noun or an adjective ("-ние", "-ость", "-ным"), and
    #: marks after which a firm act term is a noun and before which it qualifies one ("的").
    nominal_endings: tuple[str, ...] = ()
    noun_marks: tuple[str, ...] = ()
    object_verbs: tuple[str, ...] = ()
    nominal_after: tuple[str, ...] = ()
    #: Verbs whose object is a noun, where words are not spaced ("尊重", "满足"): an act term right
    #: after one, or after one and an actor ("尊重中方要求"), is that noun: see ``noun_governors``.
    noun_governors: tuple[str, ...] = ()
    #: Phrases that set the act right after them aside ("rather than"): see ``alternatives``.
    alternatives: tuple[str, ...] = ()
    #: Nouns that make an actor right before them their modifier ("美国经济"): see ``modified_heads``.
    modified_heads: tuple[str, ...] = ()
    #: See ``relative_heads`` in the module docstring: a negated act inside a phrase that qualifies one.
    relative_head: re.Pattern[str] | None = None
    relative_not_before: tuple[str, ...] = ()
    #: Tone words that right before a verb tell the effort put in it, not the talk's tone ("积极探讨").
    effort_tones: frozenset[str] = frozenset()
    #: Words that open a phrase whose noun is their object ("对" in "中方对美方的做法表示关切", "就", "围绕"),
    #: and those across whose phrase a negation reaches ("就" in "未就台湾问题达成一致"; not "对",
    #: which opens words too: "不对抗").
    coverbs: tuple[str, ...] = ()
    #: Coverbs that open the topic of an act ("就" in "王毅同布林肯就乌克兰问题交换了意见"): see
    #: :func:`_speaker_of`.
    topic_coverbs: tuple[str, ...] = ()
    #: Coverbs whose phrase may stand between a subject and its act ("就" in "莫迪总理已就此达成共识"):
    #: see :func:`_coverb_reach`.
    subject_coverbs: tuple[str, ...] = ()
    negation_coverbs: tuple[str, ...] = ()
    #: Words that set an act before the call ("previously", "ранее", "此前").
    past_markers: tuple[re.Pattern[str], ...] = ()
    #: Past markers only in what another act reports ("неоднократно"): see the module notes.
    reported_past_markers: tuple[re.Pattern[str], ...] = ()
    #: Actors of earlier times ("successive ... administrations", "历届 ... 政府"): ``past_actors``.
    past_actors: tuple[re.Pattern[str], ...] = ()
    #: A phrase of thanks and its "for" right before an act ("thanked Erdoğan for"): see ``thanked_for``.
    thanked_for: re.Pattern[str] | None = None
    #: Words that tell the day of a point otherwise than as a date ("today", "on Tuesday", "当天").
    relative_days: tuple[re.Pattern[str], ...] = ()
    #: The words of a courtesy act ("thanked", "поздравил", "感谢"): see ``courtesy``.
    courtesy: tuple[re.Pattern[str], ...] = ()
    #: Slogans, set formulas of a position ("Taiwan independence", "два Китая", "旧金山愿景"): see ``slogans``.
    slogans: tuple[re.Pattern[str], ...] = ()
    #: Capitals and their countries (``capitals``): the capital's English name, its patterns, its country's.
    capitals: tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = ()
    #: Cities that are no capital and their countries (``cities``), as :attr:`capitals` holds them.
    cities: tuple[tuple[str, tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = ()
    #: What right before a country's name makes it a place (``country_places``), the end of a text.
    country_place: re.Pattern[str] | None = None
    #: An earlier document an act is set in ("in the three joint communiqués"): the marker, the
    #: words that name or count it (group 1) and its noun.
    past_document: re.Pattern[str] | None = None
    #: What ends the text before an act in the past perfect ("had"), and what starts a named place
    #: or event right after it ("in Tehran", "at the Woodside Summit").
    pluperfect: re.Pattern[str] | None = None
    past_place: re.Pattern[str] | None = None
    #: An earlier call with a relative clause on it ("the 14 March call in which"): see ``past_calls``.
    past_call: re.Pattern[str] | None = None
    #: What ends the text before an act in the present perfect ("has", "have explicitly").
    perfect: re.Pattern[str] | None = None
    #: What, right after a statement, says that its speaker held the call ("he had just spoken with",
    #: "that his telephone conversation with ... had taken place"): see :func:`reports_call`.
    call_report: re.Pattern[str] | None = None
    #: Words right before or right after a call phrase that make it a call mentioned, not framed
    #: ("начал разговор с того, что", "会晤达成的共识"): see ``call_mentions``.
    call_mention_before: re.Pattern[str] | None = None
    call_mention_after: re.Pattern[str] | None = None
    #: Act terms in a future form ("договорятся": will agree): such an act is modal.
    future_acts: tuple[re.Pattern[str], ...] = ()
    #: Words that make only the act right after them a future ("中方将继续支持"): it is modal.
    future_markers: tuple[re.Pattern[str], ...] = ()
    #: Words that, right after a future marker, open its object ("将其"), and words that, right after
    #: the act, complete it ("承认为"): the marker is the object marker, no future (see :func:`_future`).
    disposal_objects: tuple[str, ...] = ()
    disposal_complements: tuple[str, ...] = ()
    #: Words that hedge an agreement ("in principle", "в принципе", "原则上"): it is one step weaker.
    hedges: tuple[re.Pattern[str], ...] = ()
    #: Words that open a conditional clause ("provided", "once", "если"): an act after one in its
    #: clause is hypothetical; and phrases that hold one but open none ("once again").
    conditionals: tuple[re.Pattern[str], ...] = ()
    not_conditionals: tuple[re.Pattern[str], ...] = ()
    #: Words that set off a participle qualifying a noun ("though", "if"), as one pattern that ends
    #: at the participle: "a substantial, though not yet agreed, quantity" (None: none in the language).
    concessive: re.Pattern[str] | None = None
    #: Words that open a conditional clause by inversion at a sentence's start ("Should the sides
    #: fail to agree"), as one case-sensitive pattern (None: the language has none).
    inverted_conditional: re.Pattern[str] | None = None
    #: Endings of a finite verb that no modal before a coordinator governs ("must withdraw and reiterated").
    finite_endings: tuple[str, ...] = ()
    #: Endings of an infinitive ("-ть", "-ти"): a later verb of a list a modal governs (:func:`_modal_list`).
    infinitive_endings: tuple[str, ...] = ()
    #: Finite forms no modal reaches down a list ("and said", "and opposes"): ``words`` (irregular
    #: past forms), ``endings`` outside ``not_endings`` ("-s", not "-ss": "discuss"). See :func:`_modal_list`.
    list_finite: dict[str, tuple[str, ...]] = field(
        default_factory=lambda: {"words": (), "endings": (), "not_endings": ()})
    #: Endings of the instrumental case, which makes an actor before a passive its agent ("стороной"),
    #: and of the dative, which makes it an addressee ("Блинкену").
    agent_endings: tuple[str, ...] = ()
    dative_endings: tuple[str, ...] = ()
    #: How a participant's name declines (:func:`_declined_name`): a word's final letters -> the
    #: endings that replace them, longest first ("" for a final consonant, kept); finals that do not
    #: decline ("Рубио"); the shortest word that does.
    name_finals: tuple[tuple[str, tuple[str, ...]], ...] = ()
    name_indeclinable: tuple[str, ...] = ()
    name_min_length: int = 0
    #: Words about the talk itself ("conversation", "разговор", "会谈"): a tone word counts only near
    #: one of them, an act or a call phrase ("a candid conversation", not "China's positive role").
    tone_context: tuple[re.Pattern[str], ...] = ()
    #: Modals that, laid on the counterpart, make a demand of it ("must", "должны"): see ``demand_modals``.
    demand_modals: tuple[re.Pattern[str], ...] = ()
    #: Modals that, laid on the counterpart, urge it ("should", "应当", "следует"): see ``urge_modals``.
    urge_modals: tuple[re.Pattern[str], ...] = ()
    #: Hopes whose reach, for the tone, runs to the end of their clause: see ``tone_hopes``.
    tone_hopes: tuple[re.Pattern[str], ...] = ()
    #: Phrases that judge the talk ("called it", "described it as"): see ``tone_frames``.
    tone_frames: tuple[re.Pattern[str], ...] = ()
    #: The tone terms' literal stems ("frank", "candid"): an adverb made of one ("frankly") tells how
    #: an act was done.
    tone_stems: frozenset[str] = frozenset()
    #: Both-sides terms that are plural pronouns ("they", "они", "他们"): right after a third party they name it.
    plural_pronouns: frozenset[str] = frozenset()
    #: An indefinite pronoun as a subject, up to three words after it to the position it ends at:
    #: a plural pronoun there stands for it ("everybody says they"), see ``indefinite_subjects``.
    indefinite_subject: re.Pattern[str] | None = None
    #: What opens a both-sides term's qualifier, group 1 its first word ("of" in "the leaders of the
    #: G7", "стран" in "лидеры стран G7"), phrases after the term that open none ("of them"), and
    #: whether a capitalised word right after the term opens one ("Президенты Франции").
    qualifier: re.Pattern[str] | None = None
    not_qualifier: re.Pattern[str] | None = None
    capitalised_qualifier: bool = False
    #: Words that, right before a both-sides term, qualify it as others' where words are not spaced
    #: ("冲突双方": the parties to the conflict); see :func:`_qualified_before`.
    qualifiers_before: tuple[str, ...] = ()
    #: Endings that make a tone stem an adverb ("-ly" in "frankly", "-о" in "подробно").
    adverb_suffixes: tuple[str, ...] = ()
    #: Words that may follow a tone word said of the talk ("frank at times", "полезной в целом");
    #: any other word right after an adjective opens the noun it qualifies ("positive role").
    tone_followers: frozenset[str] = frozenset()
    #: Titles of one who reports the call for a government without taking part in it ("spokesperson",
    #: "пресс-секретарь", "发言人"): see :func:`_narrate`.
    narrator_titles: tuple[re.Pattern[str], ...] = ()

    def __post_init__(self) -> None:
        # each list of patterns's literals, for :func:`_find`
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, tuple) and value and all(isinstance(p, PATTERN_TYPES) for p in value):
                _LIST_LITERALS[id(value)] = (value, tuple(_LITERALS.get(p.pattern, "") for p in value))

    @cached_property
    def act_grades(self) -> dict[str, tuple[int, int, bool]]:
        """Each act name's strength, polarity and commitment, those of its first term in :attr:`acts`
        (:func:`_act_grade`): read once, not by a scan of the ~1,200 act patterns per point."""
        out: dict[str, tuple[int, int, bool]] = {}
        for _, name, strength, polarity, commits in self.acts:
            out.setdefault(name, (strength, polarity, commits))
        return out

    @cached_property
    def places_by_name(self) -> dict[tuple[bool, str], tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]]:
        """Each place of :attr:`capitals` (``(False, name)``) and :attr:`cities` (``(True, name)``): its
        city's patterns and its country's, found by name (``readouts.flags._capital_named`` looks up
        each place of one lexicon in another's)."""
        return {**{(False, name): (city, country) for name, city, country in self.capitals},
                **{(True, name): (city, country) for name, city, country in self.cities}}

    @cached_property
    def commit_names(self) -> frozenset[str]:
        """The names of the acts one of whose terms is a commitment term (``commits``)."""
        return frozenset(name for _, name, _, _, commits in self.acts if commits)


#: The literals (:data:`_LITERALS`) of each of the lexicons' lists of patterns, by the list's id
#: (with the list, which keeps the id its own): :func:`_find` reads them by the list, not one look-up
#: by pattern source per pattern.
_LIST_LITERALS: dict[int, tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]] = {}


def _modal_act_before(spec: dict[str, Any] | None, adverb_suffixes: Sequence[str]) -> re.Pattern[str] | None:
    """What ends the text right before a ``modal_acts`` term: one of its ``after`` words, then two
    adverbs at most ("should ", "will jointly ", "must also "), or words of its ``between`` ("готовы
    и дальше ", "должны совместно ")."""
    if not spec:
        return None
    adverbs = "|".join(map(re.escape, adverb_suffixes)) or "(?!)"
    between = "".join("|" + re.escape(w) for w in spec.get("between", ()))
    return re.compile(r"(?<![\w'’])(?i:" + _alternation(spec["after"]) + r")\s+"
                      r"(?:(?:[^\W\d_]+(?:" + adverbs + r")|also|still|further|again|jointly|too" + between
                      + r")\s+){0,2}$", re.IGNORECASE)


def _naming_acts(spec: dict[str, Any] | None) -> dict[str, Any]:
    """The patterns of ``naming_acts`` (see the lexicon notes): the terms; what follows one that calls
    a thing something (an object word, or "the", up to four words and an article); and what ends the
    text right before one a relative opens ("which Xi ", "which the two presidents "). Words, so in a
    language with word boundaries."""
    if not spec:
        return {}
    word = r"[\w'’-]+"
    not_between = r"(?!(?i:" + _alternation(spec["not_between"]) + r")(?!\w))" if spec.get("not_between") else ""
    # "called the Russian President the day after" calls him: a time after the article names no thing called
    not_after = r"(?!(?i:" + _alternation(spec.get("not_after", ())) + r")(?!\w))" if spec.get("not_after") else ""
    after = r"\s+(?:(?i:" + _alternation(spec.get("objects", ())) + r")(?!\w)" \
            + r"|(?i:the)\s+(?:" + not_between + word + r"\s+){1,4}" \
            + r"(?i:" + _alternation(spec.get("articles", ())) + r")\s" + not_after + ")"
    return {"naming_act": re.compile(r"(?i:" + _alternation(spec["terms"]) + r")"),
            "naming_after": re.compile(after),
            "naming_before": re.compile(r"(?<![\w'’-])(?i:" + _alternation(spec["relatives"]) + r")\s+(?:"
                                        + not_between + word + r"\s+){1,3}$") if spec.get("relatives") else None}


def _han_name_head(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """The pattern of ``han_name_heads`` (see the lexicon notes): up to ``between`` Han characters, no
    term of ``not_between`` among them, then one of ``heads``, matched right after a name."""
    if not spec:
        return None
    stop = _alternation(spec.get("not_between", ())) or "(?!)"
    return re.compile(r"(?:(?!" + stop + r")[\u4e00-\u9fff]){0," + str(int(spec.get("between", 0)))
                      + r"}?(?:" + _alternation(spec["heads"]) + r")")


def _opinion_acts(spec: dict[str, Any] | None, adverb_suffixes: Sequence[str]) -> dict[str, Any]:
    """The patterns of ``opinion_acts`` (see the lexicon notes): the terms, and what must follow one
    for it to state a view: "that"; a thing held, up to five words, none of ``not_between``,
    word, then one of ``as`` ("regarded the dialogue as", "which Moscow regards as"); a thing held
    that opens with one of ``objects``, up to four more words, an adverb at most, then one of
    ``complements`` ("considered this principled consensus highly significant", "judged the meeting
    constructive"); and after a term of ``clause_terms`` a clause with no "that": one of
    ``objects`` or a capitalised word ("felt the call was candid", "believes China's policy ..."),
    or up to five words and one of ``clause_verbs`` ("believed results were possible")."""
    if not spec:
        return {}
    word = r"[\w'’-]+"
    adverb = r"(?:(?i:" + _alternation(spec.get("adverbs", ())) + r")|[^\W\d_]{2,}(?:" \
             + ("|".join(map(re.escape, adverb_suffixes)) or "(?!)") + r"))"
    objects = r"(?i:" + _alternation(spec["objects"]) + r")(?![\w'’-])"
    between = r"(?!(?i:" + _alternation(spec["not_between"]) + r")(?!\w))" if spec.get("not_between") else ""
    held = (r"\s+(?:(?i:that)(?!\w)"
            + r"|(?:" + between + word + r"\s+){0,5}(?i:" + _alternation(spec["as"]) + r")(?!\w)"
            + r"|" + objects + r"(?:\s+" + word + r"){0,4}?,?\s+(?:" + adverb + r"\s+)?(?i:"
            + _alternation(spec["complements"]) + r")(?![\w'’-]))")
    clause = r"\s+(?:" + objects + r"|(?-i:[A-Z])|(?:" + between + word + r"\s+){1,5}(?i:" \
             + _alternation(spec.get("clause_verbs", ())) + r")(?![\w'’-]))"
    return {"opinion_act": re.compile(r"(?i:" + _alternation(spec["terms"]) + r")"),
            "opinion_after": re.compile(held),
            "opinion_clause": re.compile(r"(?i:" + _alternation(spec["clause_terms"]) + r")")
            if spec.get("clause_terms") else None,
            "opinion_clause_after": re.compile(clause) if spec.get("clause_terms") else None,
            "opinion_clause_verb": re.compile(r"(?<![\w'’-])(?i:" + _alternation(spec["clause_verbs"]) + r")(?![\w'’-])")
            if spec.get("clause_verbs") else None}


def _directive_tells(spec: dict[str, Any] | None, markers: Sequence[str]) -> dict[str, Any]:
    """The patterns of ``directive_tells`` (see the lexicon notes): its verbs; an infinitive marker
    ("to", "not to") and a word after it; and one's own people told: a possessive of ``owners``, an
    adjective at most, then one of ``people`` ("their teams", "his aides")."""
    if not spec or not markers:
        return {}
    return {"telling": re.compile(r"(?i:" + _alternation(spec["terms"]) + r")"),
            "telling_to": re.compile(r"\s+(?:(?i:not)\s+)?(?i:" + _alternation(markers) + r")\s+[^\W\d_]"),
            "telling_own": re.compile(r"\s+(?i:" + _alternation(spec["owners"]) + r")\s+(?:[\w'’-]+\s+)?(?i:"
                                      + _alternation(spec["people"]) + r")(?![\w'’-])")}


def _side_shorts(data: dict[str, Any]) -> dict[str, str]:
    """Each side's short name ("中" of "中方", "美" of "美方") with its side: the side terms that end
    in ``side_pairs``' ``suffix``, less it, one character left (see :func:`_pair_subjects`)."""
    suffix = data.get("side_pairs", {}).get("suffix")
    if not suffix:
        return {}
    shorts: dict[str, str] = {}
    for side, terms in data.get("sides", {}).items():
        for t in terms:
            if t.endswith(suffix) and len(t) == len(suffix) + 1:
                shorts.setdefault(t[0], side)
    return shorts


def _term_pattern(term: str, boundaries: bool, adverbs: tuple[str, ...] = ()) -> re.Pattern[str]:
    """A lexicon term's pattern, its literal recorded for :func:`_scan`."""
    pattern = _term_regex(term, boundaries, adverbs)
    _LITERALS[pattern.pattern] = _literal(term)
    return pattern


#: The most words of a talk's partner between a talk noun and its verb of subject matter ("conversation
#: with President Putin covered"; lexicon ``talk_topics`` ``partners``).
_PARTNER_WORDS = 4


#: The most words after the opener of a clause set off by commas between a talk noun and its verb of
#: subject matter ("The call, which came after the two men's meeting in Rome on 14 March, concentrated
#: on"; lexicon ``talk_topics`` ``asides``).
_ASIDE_WORDS = 14


def _talk_subject_pattern(spec: dict[str, Any], b: bool) -> re.Pattern[str]:
    """One pattern for a lexicon's ``talk_subjects``: one of ``heads`` ("main topic", "главной
    темой", "通话重点"), one phrase of ``talks`` after it or none ("of the conversation", "разговора"),
    and one of ``verbs`` ("was", "стали", "是"), spaced where words are. Each term is read as an act
    term is ("..." a gap, "*" a stem)."""
    def alt(terms: Iterable[str]) -> str:
        return "(?:" + "|".join(_term_regex(t, b).pattern for t in terms) + ")"

    gap = r"\s+" if b else ""
    talks = f"(?:{gap}{alt(spec['talks'])})?" if spec.get("talks") else ""
    pattern = re.compile(alt(spec["heads"]) + talks + gap + alt(spec["verbs"]), re.IGNORECASE)
    _LITERALS[pattern.pattern] = ""  # no word common to every match: scanned in every point (one pattern)
    return pattern


def _continued_talk_pattern(spec: dict[str, Any], b: bool) -> re.Pattern[str]:
    """One pattern for a lexicon's ``continued_talks``: one of ``verbs`` ("continued", "продолжили"),
    up to ``between`` words with no punctuation, none of ``not_between`` ("to", "despite", "несмотря"),
    then one of ``nouns`` ("dialogue", "диалог", "обсуждение"): a talk continued is a talk held, a
    discussion, also where a participle's phrase qualifies the noun ("продолжили начатый в Женеве
    диалог"). Each term is read as an act term is ("*" a stem); the nouns as the verb's object
    (Russian: in the accusative, "диалог", not "диалогу"), not another verb's: not after a word of
    ``verb_endings`` right after the verb ("continued undermining the dialogue", "продолжил
    саботировать переговоры": went on sabotaging the talks)."""
    def alt(terms: Iterable[str]) -> str:
        return "(?:" + "|".join(_term_regex(t, b).pattern for t in terms) + ")"

    stop = alt(spec.get("not_between", ())) if spec.get("not_between") else "(?!)"
    word = r"(?!%s)[^\s,.;:!?()«»\"“”—–]+" % stop
    # the word right after the verb a verb of its own (``verb_endings``: "continued undermining the
    # dialogue", "продолжил саботировать переговоры"), whose object the noun is: no talk continued
    verb = r"(?![^\s,.;:!?()«»\"“”—–]*(?:%s)(?=\s))" % "|".join(map(re.escape, spec["verb_endings"])) \
        if spec.get("verb_endings") else ""
    between = int(spec.get("between", 2))
    body = (r"(?:\s+%s%s(?:\s+%s){0,%d})?" % (verb, word, word, between - 1)) if between > 0 else ""
    pattern = re.compile(alt(spec["verbs"]) + body + r"\s+" + alt(spec["nouns"]), re.IGNORECASE)
    _LITERALS[pattern.pattern] = ""  # no word common to every match: scanned in every point (one pattern)
    return pattern


def _talk_topic_pattern(topics: dict[str, Any], b: bool, adverbs: tuple[str, ...] = ()) -> re.Pattern[str]:
    """One pattern for a lexicon's ``talk_topics`` ("The conversation dealt with ...", "Разговор был
    посвящён ...", "通话聚焦..."): a talk noun, one word of ``between`` or none, a verb of subject matter,
    each part as its own term would match (with ``adverbs`` between words, as an act term's
    ``inner_adverbs``). It matches what the terms of every combination, written out one by one, would
    (588 of them in English, each compiled twice, tripled the lexicons' compile time)."""
    def alt(terms: Iterable[str], inner: tuple[str, ...] = ()) -> str:
        return "(?:" + "|".join(_term_regex(t, b, inner).pattern for t in terms) + ")"

    if b:
        gap = r"\s+"
        if adverbs:  # the slot _term_regex puts between two words of a term
            adverb = r"[^\W\d_]{2,}(?:%s)" % "|".join(map(re.escape, adverbs))
            gap += r"(?:(?:%s(?:,\s+|,?\s+(?i:and|or)\s+))*%s\s+)?" % (adverb, adverb)
    else:
        gap = ""
    between = tuple(topics.get("between", ()))
    # "conversation with Putin covered": the partner of the talk, after one of ``partners``, a few words
    # at most with no punctuation, between the noun and the rest; one optional slot, no more combinations
    partner = (r"(?:\s+%s(?:\s+[^\W\d_][\w'’.\-]*){1,%d})?" % (alt(topics["partners"]), _PARTNER_WORDS)
               if b and topics.get("partners") else "")
    # "The call, which came after their meeting in Rome, concentrated on ...": a clause set off by
    # commas, opened by one of ``asides``, no other mark inside, between the noun and its verb
    aside = (r"(?:\s*,\s+%s(?:\s+[^\s,.;:!?()«»\"—–]+){0,%d}\s*,)?" % (alt(topics["asides"]), _ASIDE_WORDS)
             if b and topics.get("asides") else "")
    nouns = [*topics["nouns"], *topics.get("pronouns", ())]
    body = (alt(nouns) + partner + aside + gap + (f"(?:{alt(between, adverbs)}{gap})?" if between else "")
            + alt(topics["verbs"], adverbs))
    pattern = re.compile(body, re.IGNORECASE)
    _LITERALS[pattern.pattern] = ""  # no word common to every match: scanned in every point (one pattern)
    return pattern


def _compile(data: dict[str, Any]) -> Lexicon:
    b = bool(data.get("word_boundaries", True))
    # "The conversation dealt with ...": each talk noun, a word between or none, and a verb of subject
    # matter, one pattern of ``discussed`` after its terms (the lexicon's data is not changed)
    topics = data.get("talk_topics") if "discussed" in data.get("acts", {}) else None

    def pats(terms: Iterable[str]) -> tuple[re.Pattern[str], ...]:
        return tuple(_term_pattern(t, b) for t in terms)

    def act_items(inner: tuple[str, ...] = ()) -> tuple[tuple[re.Pattern[str], str, int, int, bool], ...]:
        out = []
        for name, spec in data.get("acts", {}).items():
            how = (int(spec["strength"]), int(spec.get("polarity", 1)), bool(spec.get("commits", False)))
            out += [(_term_pattern(t, b, inner), name, *how) for t in spec["terms"]
                    if not inner or (len(t.split()) > 1 and "..." not in t.split())]
            if name == "discussed" and topics and topics.get("nouns") and topics.get("verbs"):
                out.append((_talk_topic_pattern(topics, b, inner if b else ()), name, *how))
            if name == "discussed" and data.get("talk_subjects") and not inner:
                out.append((_talk_subject_pattern(data["talk_subjects"], b), name, *how))
            if name == "discussed" and data.get("continued_talks") and not inner and b:
                out.append((_continued_talk_pattern(data["continued_talks"], b), name, *how))
        return tuple(out)

    acts = act_items()
    if inner := tuple(data.get("inner_adverbs", ())):
        # each act term of several words again with an adverb between, after all the terms as written,
        # so that a term that holds the adverb itself wins an equal span ("spoke positively of" is
        # welcomed, not "spoke of" with an adverb, discussed)
        acts += act_items(inner)
    actors = [(_term_pattern(t, b), side, "side") for side, terms in data.get("sides", {}).items() for t in terms]
    actors += [(_term_pattern(t, b), "both", "both") for t in data.get("both", ())]
    actors += [(_term_pattern(t, b), "own", "generic") for t in data.get("generic_own", ())]
    actors += [(_term_pattern(t, b), "counterpart", "generic") for t in data.get("generic_counterpart", ())]
    actors += [(_term_pattern(t, b), "pronoun", "pronoun") for t in data.get("pronouns", ())]
    init = data.get("initiative", {})
    return Lexicon(
        language=str(data.get("language", "")), boundaries=b, acts=acts,
        negations=pats(data.get("negations", ())), modals=pats(data.get("modals", ())), actors=tuple(actors),
        tone=tuple((_term_pattern(t, b), key) for key, terms in data.get("tone", {}).items() for t in terms),
        init_after=pats(init.get("after", ())), init_before=pats(init.get("before", ())),
        init_around=tuple((x, y) for x, y in init.get("around", ())),
        init_counterpart=pats(init.get("counterpart", ())),
        call=pats(data.get("call", ())) + _call_events(data.get("call_events"), b),
        months=_months(data.get("months", ()), b),
        not_entities=frozenset(w.lower() for w in data.get("not_entities", ())),
        side_terms={k: tuple(v) for k, v in data.get("sides", {}).items()},
        post_pronoun=re.compile(r"\s*(" + _alternation(data["pronouns"]) + r")(?!\w)", re.IGNORECASE)
        if data.get("pronoun_after_verb") and data.get("pronouns") else None,
        speaker_after=re.compile("|".join(_term_pattern(t, b).pattern for t in data["speaker_after_acts"]), re.IGNORECASE)
        if data.get("speaker_after_acts") else None,
        inverted_subjects="inverted_subjects" in data,
        object_endings=tuple(data.get("inverted_subjects", {}).get("object_endings", ())),
        feminine_verb_endings=tuple(data.get("inverted_subjects", {}).get("feminine_verb_endings", ())),
        nominative_words=frozenset(w.casefold() for w in data.get("inverted_subjects", {}).get("nominative_words", ())),
        gerund_endings=tuple(data.get("gerund_endings", ())),
        plural_act_endings=tuple(data.get("plural_act_endings", ())),
        impersonal_agreements=tuple(_term_pattern(t, b) for t in data.get("impersonal_agreements", {}).get("terms", ())),
        impersonal_agreement_passives=tuple(_term_pattern(t, b) for t in
                                            data.get("impersonal_agreements", {}).get("passive", ())),
        # a negated auxiliary ("wasn't agreed") is read as "was not agreed" is, which "not" keeps out
        impersonal_agreement_aux=_agreement_aux([t for t in data.get("passives", ()) if not _NEGATED_AUX.search(t)],
                                                data.get("impersonal_agreements", {}).get("between", ()), b),
        surname_first=frozenset(data.get("surname_first", ())),
        given_names=frozenset(data.get("given_names", ())),
        accepted_times=pats(data.get("accepted_times", ())),
        talk_verbs=tuple(data.get("talk_verbs", ())),
        talk_nouns=tuple(n.casefold() for n in data.get("talk_topics", {}).get("nouns", ())),
        talk_pronouns=tuple(n.casefold() for n in data.get("talk_topics", {}).get("pronouns", ())),
        date_prepositions=frozenset(w.casefold() for w in data.get("date_prepositions", ())),
        talk_subject=_talk_subject_pattern(data["talk_subjects"], b)
        if data.get("talk_subjects") and "discussed" in data.get("acts", {}) else None,
        talk_settings=pats(data.get("talk_settings", ())),
        topic_raisings=pats(data.get("topic_raisings", {}).get("terms", ())),
        topic_raising_passives=pats(data.get("topic_raisings", {}).get("passive", ())),
        topic_raising_content=re.compile(r"\s*,?\s*(?:" + "|".join(_term_regex(t, b).pattern
                                                                for t in data["topic_raisings"]["content"]) + ")",
                                         re.IGNORECASE) if data.get("topic_raisings", {}).get("content") else None,
        discussed_how=(int(d["strength"]), int(d.get("polarity", 1)), bool(d.get("commits", False)))
        if (d := data.get("acts", {}).get("discussed")) else None,
        zh_impersonal_gap=_zh_gap_pattern(data, subject=False) if not b else None,
        zh_topic_subject=_zh_gap_pattern(data, subject=True) if not b and data.get("topic_heads") else None,
        lower_name_head=re.compile(r"[ \t]+(?:" + "|".join(_term_regex(t, b).pattern for t in data["lower_name_heads"])
                                   + ")") if data.get("lower_name_heads") else None,
        lower_name_words=frozenset(t.casefold() for t in data.get("lower_name_heads", ())),
        han_name_head=_han_name_head(data.get("han_name_heads")),
        document_heads=frozenset(w.casefold() for w in data.get("document_heads", {}).get("heads", ())),
        region_nouns=frozenset(data.get("document_heads", {}).get("regions", ())),
        oblique_relative=re.compile(r"(?<!\w)(?:" + _alternation(data["oblique_relatives"]) + r")(?!\w)", re.IGNORECASE)
        if data.get("oblique_relatives") else None,
        not_acts=pats(data.get("not_acts", ())), not_actors=pats(data.get("not_actors", ())),
        currencies=pats(data.get("currencies", ())),
        **_correlatives(data.get("correlatives")),
        press_addressee=re.compile(r"(?<!\w)(?:" + _alternation(pa["nouns"]) + r")\s+(?:(?:"
                                   + _alternation(pa.get("between", ())) + r")\s+){0,2}$", re.IGNORECASE)
        if (pa := data.get("press_addressees")) and pa.get("nouns") else None,
        act_complements=frozenset(data.get("act_complements", ())),
        people_after=pats(data.get("peoples", {}).get("after", ())),
        people_before=pats(data.get("peoples", {}).get("before", ())),
        subject_drop=bool(data.get("subject_drop", False)),
        passive_terms=tuple(t.casefold() for t in data.get("passives", ())),
        attribution_openers=pats(data.get("attribution_openers", ())),
        named_openers=pats(data.get("named_openers", ())),
        name_possessives=frozenset(w.casefold() for w in data.get("name_possessives", ())),
        name_openers=frozenset(w.casefold() for w in data.get("name_openers", ())),
        name_heads=frozenset(w.casefold() for w in data.get("name_heads", ())),
        place_nouns=frozenset(w.casefold() for w in data.get("place_nouns", ())),
        title_words=frozenset(w.casefold() for w in data.get("title_words", ()) if not w.endswith("*")),
        title_stems=tuple(w[:-1].casefold() for w in data.get("title_words", ()) if w.endswith("*")),
        title_portfolios=frozenset(w.casefold() for w in data.get("title_portfolios", ())),
        same_entities=tuple(tuple(tuple(n.lower().split()) for n in group) for group in data.get("same_entities", ())),
        implied_entities=tuple((tuple(tuple(n.lower().split()) for n in inner), tuple(tuple(n.lower().split()) for n in outer))
                               for inner, outer in data.get("implied_entities", ())),
        lower_adjectives=bool(data.get("lower_adjectives", False)),
        prepositional_heads=tuple(w.casefold() for w in data.get("prepositional_name_heads", {}).get("heads", ())),
        name_prepositions=frozenset(w.casefold() for w in data.get("prepositional_name_heads", {}).get("prepositions", ())),
        genitive_titles=frozenset(w.casefold() for w in data.get("genitive_titles", ())),
        stance_nouns=pats(data.get("stance_nouns", ())),
        reason_clause=_reason_clause(data.get("reason_clauses", ())),
        # each term as an act term reads it, with an adverb between its words ("focused mainly on")
        subject_act=re.compile("|".join(_term_regex(t, b, tuple(data.get("inner_adverbs", ()))).pattern
                                        for t in data["subject_acts"]), re.IGNORECASE)
        if data.get("subject_acts") else None,
        subject_aside=re.compile(r"\s*,\s*(?:" + _alternation(data["subject_asides"]) + r")\s*,", re.IGNORECASE)
        if data.get("subject_asides") else None,
        modal_act=re.compile(r"(?i:" + _alternation(data["modal_acts"]["terms"]) + r")")
        if data.get("modal_acts") else None,
        modal_act_before=_modal_act_before(data.get("modal_acts"), data.get("adverb_suffixes", ())),
        **_naming_acts(data.get("naming_acts")),
        **_opinion_acts(data.get("opinion_acts"), data.get("adverb_suffixes", ())),
        **_directive_tells(data.get("directive_tells"), data.get("infinitive_markers", ())),
        passive_endings=tuple(w.casefold() for w in data.get("passive_endings", ())),
        described_passives=pats(data.get("described_passives", ())),
        passive_receipt=re.compile(r"(?<!\w)(?:" + _alternation(data["passive_receipts"]) + r")\s+(?:[^\W\d_]+\s+)?$",
                                   re.IGNORECASE) if data.get("passive_receipts") else None,
        talk_agreed_between=re.compile(r"\s+(?:(?i:" + _alternation(data["talk_agreed_between"]) + r")\s+){0,3}")
        if data.get("talk_agreed_between") else None,
        side_pronoun=re.compile(r"(?<![\w'’-])(?-i:" + _alternation(data["side_pronouns"]["terms"]) + r")(?![\w'’-])")
        if data.get("side_pronouns") else None,
        side_pronoun_gap=re.compile(r"\s+(?:(?i:" + _alternation(data["side_pronouns"]["between"]) + r")\s+"
                                    r"|[^\W\d_]{2,}(?i:" + (_alternation(data.get("adverb_suffixes", ())) or "(?!)")
                                    + r")\s+){0,3}") if data.get("side_pronouns") else None,
        modal_nouns=pats(data.get("modal_nouns", {}).get("nouns", ())),
        finite_passive=re.compile(r"(?i:" + _alternation(data["modal_nouns"]["finite"]) + r")\s")
        if data.get("modal_nouns", {}).get("finite") else None,
        english_names=tuple((tuple(_OwnName(t[:-1]) if t.endswith("=") else _term_regex(t, True) for t in en),
                             tuple(_term_regex(t, b) for t in native))
                            for en, native in data.get("english_names", ())),
        english_name_terms=tuple(t for en, _ in data.get("english_names", ()) for t in en),
        english_common=tuple(tuple(t.lower() == t for t in en) for en, _ in data.get("english_names", ())),
        name_affixes=tuple(tuple(sorted(data.get("name_affixes", {}).get(k, ()), key=len, reverse=True))
                           for k in ("prefixes", "suffixes", "not_words")),  # type: ignore[arg-type]
        romanisation=tuple(data.get("romanisation", {}).get("letters", {}).items()),
        name_endings=tuple(data.get("romanisation", {}).get("endings", ())),
        oblique_prepositions=frozenset(w.casefold() for w in data.get("oblique_prepositions", ())),
        place_prepositions=frozenset(w.casefold() for w in data.get("place_prepositions", ())),
        first_person=(pats(data["first_person"]["terms"]),
                      re.compile(r"\s*(?:" + _alternation(data["first_person"]["both"]) + r")" + (r"(?!\w)" if b else ""),
                                 re.IGNORECASE) if data["first_person"].get("both") else None,
                      re.compile(r"\s*(?:" + _alternation(data["first_person"]["with"]) + r")" + (r"(?!\w)" if b else ""),
                                 re.IGNORECASE) if data["first_person"].get("with") else None,
                      tuple(re.compile(r"(?<!\w)" + re.escape(t) + r"(?!\w)" if b else re.escape(t), re.IGNORECASE)
                            for t in data["first_person"].get("joined", ())))
        if data.get("first_person") else None,
        obligations=pats(data.get("obligations", ())),
        hopes=pats(data.get("hopes", ())),
        not_obligations=pats(data.get("not_obligations", ())),
        obligation_subjects=tuple(data.get("obligation_subjects", ())),
        negated_abilities=pats(data.get("negated_abilities", ())),
        side_shorts=_side_shorts(data),
        appositives=tuple(data.get("appositives", ())),
        joined_pronouns=tuple(data.get("joined_pronouns", {}).get("terms", ())),
        pronoun_joins=tuple(data.get("joined_pronouns", {}).get("after", ())),
        pair_gap=tuple(sorted(data.get("side_pairs", {}).get("gap", ()), key=len, reverse=True)),
        pair_subject=tuple(data.get("side_pairs", {}).get("subject", ())),
        object_markers=tuple(_SPACES.sub(" ", w).casefold() for w in data.get("object_markers", ())),
        frame_ends=tuple(data.get("frame_ends", ())), not_frame_ends=tuple(data.get("not_frame_ends", ())),
        tone_context=pats(data.get("tone_context", ())), tone_frames=pats(data.get("tone_frames", ())),
        tone_hopes=pats(data.get("tone_hopes", ())), demand_modals=pats(data.get("demand_modals", ())),
        urge_modals=pats(data.get("urge_modals", ())),
        tone_stems=frozenset(_literal(t) for terms in data.get("tone", {}).values() for t in terms),
        adverb_suffixes=tuple(data.get("adverb_suffixes", ())),
        plural_pronouns=frozenset(w.casefold() for w in data.get("plural_pronouns", ())),
        indefinite_subject=re.compile(r"(?<![\w'’-])(?:" + _alternation(data["indefinite_subjects"])
                                      + r")(?:\s+[\w'’-]+){1,3}\s+$", re.IGNORECASE)
        if data.get("indefinite_subjects") else None,
        **_qualifiers(data.get("both_qualifiers", {})),
        tone_followers=frozenset(w.casefold() for w in data.get("tone_followers", ())),
        possessives=tuple(data.get("possessives", ())), actor_possessives=tuple(data.get("actor_possessives", ())),
        not_possessives=frozenset(w.casefold() for w in data.get("not_possessives", ())),
        determiners=frozenset(w.casefold() for w in data.get("determiners", ())),
        relative_pronouns=frozenset(w.casefold() for w in data.get("relative_pronouns", ())),
        fronted_sources=tuple(w.casefold() for w in data.get("fronted_sources", ())),
        appositive_openers=frozenset(w.casefold() for w in data.get("appositive_openers", ())),
        possessive_determiners=frozenset(w.casefold() for w in data.get("possessive_determiners", ())),
        noun_relative_openers=frozenset(w.casefold() for w in data.get("noun_relatives", {}).get("openers", ())),
        noun_relative_acts=frozenset(data.get("noun_relatives", {}).get("acts", ())),
        noun_relative_auxiliaries=frozenset(w.casefold() for w in data.get("noun_relatives", {}).get("auxiliaries", ())),
        noun_relative_partitives=tuple(tuple(w.casefold().split()) for w in data.get("noun_relatives", {}).get("partitives", ())),
        connective=re.compile(r"\s*(?:" + _alternation(data["connectives"]) + r")\s*", re.IGNORECASE)
        if data.get("connectives") else None,
        name_prefix=_name_prefix(data.get("connectives", ()), data.get("function_words", ()), b),
        fronted=re.compile(r"\s*(?:" + _alternation(data["function_words"]) + r")\s[^,;:.!?()«»\"—–]{1,60}?(?:,\s*\d{4})?,\s*")
        if data.get("function_words") and b else None,
        join_fillers=tuple(sorted(data.get("join_fillers", ()), key=len, reverse=True)),
        person_names=tuple(data.get("person_names", {}).items()),
        title_sides={_SPACES.sub(" ", t).casefold(): frozenset(v) for t, v in data.get("title_sides", {}).items()},
        counterpart_titles=frozenset(t.casefold() for t in data.get("generic_counterpart", ())),
        number_words=tuple((_term_pattern(t, b), int(v)) for v, terms in data.get("number_words", {}).items()
                           for t in terms),
        relative=re.compile(r"\s*,\s*(?:" + _alternation(data["relative_pronouns"])
                            + r")(?:\s+[\w'’-]+){0,2}\s+", re.IGNORECASE) if data.get("relative_pronouns") else None,
        free_relatives=re.compile(r"(?<!\w)(?:" + _alternation(data["free_relatives"]["words"]) + r")\s+",
                                  re.IGNORECASE) if data.get("free_relatives") else None,
        cleft_relatives=frozenset(w.casefold() for w in data.get("free_relatives", {}).get("clefts", ())),
        conclusion_before=re.compile((r"(?<!\w)" if b else "") + r"(?:" + _alternation(data["conclusions"])
                                     + r")[\s,，、]*(?:(?i:the)\s+)?$", re.IGNORECASE) if data.get("conclusions") else None,
        conclusion_after=re.compile((r"(?:\s+[\w'’-]+)?\s+" if b else "") + r"(?:" + _alternation(data["conclusions"])
                                    + r")" + (r"(?!\w)" if b else ""), re.IGNORECASE) if data.get("conclusions") else None,
        no_standing=re.compile((r"(?:\s+[\w'’-]+)?\s+" if b else "") + r"(?:" + _alternation(data["no_standing"])
                               + r")" + (r"(?!\w)" if b else ""), re.IGNORECASE) if data.get("no_standing") else None,
        cleft_opener=re.compile(r"(?<!\w)(?:" + _alternation(data["it_clefts"]["openers"]) + r")\s+$", re.IGNORECASE)
        if data.get("it_clefts") else None,
        cleft_relative=re.compile(r"\s+(?:" + _alternation(data["it_clefts"]["relatives"]) + r")(?!\w)", re.IGNORECASE)
        if data.get("it_clefts") else None,
        **_reduced_relatives(data.get("reduced_relatives"), data.get("function_words", ())),
        infinitive=re.compile(r"(?<!\w)(?:" + _alternation(data["infinitive_markers"])
                              + r")\s+(?:\w+ly\s+)?$", re.IGNORECASE) if data.get("infinitive_markers") else None,
        passive_infinitive=re.compile(r"(?<!\w)(?:" + _alternation(data["infinitive_markers"]) + r")\s+(?:"
                                      + _alternation(data["passive_infinitives"]) + r")\s+(?:\w+ly\s+)?$",
                                      re.IGNORECASE)
        if data.get("infinitive_markers") and data.get("passive_infinitives") else None,
        causatives=pats(data.get("causatives", ())),
        passive=_passive_pattern(data.get("passives", ()), b, data.get("passive_adverbs", ())),
        stative_acts=tuple(t.casefold() for t in data.get("stative_acts", ())),
        reflexive_passives=frozenset(" ".join(t.casefold().split()) for t in data.get("reflexive_passives", ())),
        stance_acts=tuple(t.casefold() for t in data.get("stance_acts", ())),
        view_agreements=tuple(t.casefold() for t in data.get("view_agreements", ())),
        agreement_futures=pats(data.get("agreement_futures", ())),
        agent_markers=tuple(data.get("agent_markers", ())),
        evaluative_passive=tuple(data.get("evaluative_passives", ())),
        evaluative_agent=re.compile("(?:" + _alternation(ea["markers"]) + ")(?:" + _alternation(ea["agents"])
                                    + ")(?:" + _alternation(ea.get("between", ())) + ")*"
                                    r"(?:[\u4e00-\u9fff]{2}[和与及、])?$")
        if (ea := data.get("evaluative_agents")) else None,
        passive_agent=re.compile(r"\s+(?:" + _alternation(data["passive_agents"]) + r")\s+", re.IGNORECASE)
        if data.get("passive_agents") else None,
        passive_means=pats(data.get("passive_means", ())),
        third_party_agent=re.compile(r"(?:\d|(?:" + _alternation(data["third_party_agents"]) + r")(?!\w))",
                                     re.IGNORECASE)
        if data.get("third_party_agents") else None,
        passive_agent_article=re.compile(r"^(?:" + _alternation(data["passive_agent_articles"]) + r")\s+", re.IGNORECASE)
        if data.get("passive_agent_articles") else None,
        actor_noun=re.compile(r"(?<!\w)(?:" + _alternation(data["actor_nouns"]) + r")(?!\w)", re.IGNORECASE)
        if data.get("actor_nouns") else None,
        agent_endings=tuple(data.get("agent_endings", ())), dative_endings=tuple(data.get("dative_endings", ())),
        name_finals=tuple(sorted(((k, tuple(v)) for k, v in data.get("name_declension", {}).get("finals", {}).items()),
                                 key=lambda x: -len(x[0]))),
        name_indeclinable=tuple(data.get("name_declension", {}).get("indeclinable", ())),
        name_min_length=int(data.get("name_declension", {}).get("min_length", 0)),
        finite_endings=tuple(data.get("finite_endings", ())),
        infinitive_endings=tuple(data.get("infinitive_endings", ())),
        list_finite={k: tuple(data.get("list_finite", {}).get(k, ())) for k in ("words", "endings", "not_endings")},
        past_markers=pats(data.get("past_markers", ())), past_actors=pats(data.get("past_actors", ())),
        # a term that ends in "..." takes words up to the act itself ("за то, что он принял", "感谢埃尔
        # 多安接受"); any other ends in its last word and the space after it ("thanked Erdoğan for accepting")
        thanked_for=re.compile(r"(?:" + "|".join([_term_regex(t, b).pattern + ("" if t.split()[-1] == "..." else r"\s+")
                                                  for t in data["thanked_for"]] + _thanked_relative(data, b)) + r")$",
                               re.IGNORECASE) if data.get("thanked_for") else None,
        reported_past_markers=pats(data.get("reported_past_markers", ())), future_acts=pats(data.get("future_acts", ())),
        future_markers=pats(data.get("future_markers", ())),
        disposal_objects=tuple(data.get("disposal", {}).get("objects", ())),
        disposal_complements=tuple(data.get("disposal", {}).get("complements", ())),
        relative_days=pats(data.get("relative_days", ())),
        courtesy=pats(data.get("courtesy", ())), slogans=pats(data.get("slogans", ())),
        capitals=tuple((name, pats(city), pats(country)) for name, (city, country) in data.get("capitals", {}).items()),
        cities=tuple((name, pats(city), pats(country)) for name, (city, country) in data.get("cities", {}).items()),
        # "in Russia", "in the Kingdom of Saudi Arabia", "в России"; "在柬埔寨"
        country_place=re.compile((r"(?<!\w)(?i:" + _alternation(data["country_places"]) + r")\s+(?:(?i:the)\s+)?"
                                  r"(?:[A-ZА-ЯЁ][\w'’-]*\s+(?i:of)\s+)?\Z") if b
                                 else "(?:" + _alternation(data["country_places"]) + r")\s*\Z")
        if data.get("country_places") else None,
        past_document=re.compile(r"(?<!\w)(?i:" + _alternation(data["past_documents"]["markers"])
                                 + r")\s+((?:[\w'’.-]+\s+){1,5}?)(?i:" + _alternation(data["past_documents"]["nouns"])
                                 + r")(?!\w)") if data.get("past_documents") else None,
        pluperfect=re.compile(r"(?<!\w)(?:" + _alternation(data["past_places"]["auxiliaries"])
                              + ")" + _AUX_GAP, re.IGNORECASE) if data.get("past_places") else None,
        past_place=re.compile(r"\s+(?:[\w'’-]+\s+)?(?i:" + _alternation(data["past_places"]["markers"])
                              + r")\s+(?:(?i:the|their)\s+)?[A-ZА-ЯЁ]") if data.get("past_places") else None,
        past_call=_past_call(data.get("past_calls"), data.get("call_events"), data.get("months", ())),
        perfect=re.compile(r"(?<!\w)(?:" + _alternation(data["perfect_auxiliaries"]) + ")" + _AUX_GAP,
                           re.IGNORECASE) if data.get("perfect_auxiliaries") else None,
        call_report=_call_report(data.get("call_reports")),
        **_call_mentions(data.get("call_mentions"), b),
        hedges=pats(data.get("hedges", ())),
        conditionals=pats(data.get("conditionals", ())), not_conditionals=pats(data.get("not_conditionals", ())),
        inverted_conditional=_inverted(data.get("inverted_conditionals", ())),
        concessive=_concessive(data.get("concessives", ())),
        nominal_endings=tuple(data.get("nominal_endings", ())), noun_marks=tuple(data.get("noun_marks", ())),
        object_verbs=tuple(data.get("object_verbs", ())), nominal_after=tuple(data.get("nominal_after", ())),
        noun_governors=tuple(data.get("noun_governors", ())),
        alternatives=tuple(a.casefold() for a in data.get("alternatives", ())),
        modified_heads=tuple(h if not b else h.casefold() for h in data.get("modified_heads", ())),
        relative_head=re.compile(r"[^，,。；;：:！!？?（()）]{0,24}?(" + _alternation(data["relative_heads"]["marks"]) + ")(?:"
                                 + _alternation(data["relative_heads"]["heads"]) + ")")
        if data.get("relative_heads") else None,
        relative_not_before=tuple(data.get("relative_heads", {}).get("not_before", ())),
        effort_tones=frozenset(data.get("effort_tones", ())),
        coverbs=tuple(data.get("coverbs", ())), negation_coverbs=tuple(data.get("negation_coverbs", ())),
        topic_coverbs=tuple(data.get("topic_coverbs", ())), subject_coverbs=tuple(data.get("subject_coverbs", ())),
        meeting_words=pats(data.get("meeting_words", ())), recall_frames=pats(data.get("recall_frames", ())),
        meeting_frames=_meeting_frames(data.get("meeting_frames", ()), data.get("meeting_adjuncts"), b),
        meeting_adjunct=_meeting_adjunct(data.get("meeting_adjuncts")),
        **_greeting_frames(data.get("greeting_frames"), b),
        copulas=pats(data.get("copulas", ())),
        narrator_titles=pats(data.get("narrator_titles", ())),
    )


#: A possessive right before a call phrase, a few words between at most (no article, "and", "of"):
#: "the two presidents' phone call in April", "the heads of state's 10 September phone call",
#: "their first virtual meeting", "the Chancellor's telephone conversation with Zelensky"; not "his"
#: ("finished his telephone conversation with Putin": the reporter's own call), nor a day's ("the
#: day's telephone conversation").
_OWNED_CALL = re.compile(r"(?:(?<!\w)(?:their|its)|(?<!\w)(?!(?:to)?day['’])[\w-]+(?:['’]s|s['’]))[ \t]+"
                         r"(?:(?!(?:a|an|the|and|or|of|on|with|to)[ \t])[\w-]+[ \t]+){0,3}$", re.IGNORECASE)


def _owned_call(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the call phrase at ``start:end`` is a call some side held, set after a possessive
    (:data:`_OWNED_CALL`): an earlier call recalled, which frames none ("the two presidents' phone
    call in April had charted the course"); or a call mentioned, not framed (lexicon
    ``call_mentions``): a moment of it ("Путин начал разговор с того, что поздравил Трампа": what he
    said first) or the qualifier of a noun after it ("双方军长级会晤所形成的共识": a meeting held before)."""
    return _OWNED_CALL.search(text, max(0, start - 80), start) is not None \
        or lex.call_mention_before is not None and lex.call_mention_before.search(text, max(0, start - 40), start) is not None \
        or lex.call_mention_after is not None and lex.call_mention_after.match(text, end) is not None


#: How far after a call noun its event verb may stand ("meeting ... took place"), within its sentence.
_CALL_EVENT_REACH = 120


def _call_events(spec: dict[str, Any] | None, boundaries: bool) -> tuple[re.Pattern[str], ...]:
    """The call pattern of a ``call_events`` entry: a call noun, an event verb after it in its
    sentence (no ``.;:!?`` between), the noun alone the match."""
    if not spec or not spec.get("nouns") or not spec.get("verbs") or not boundaries:
        return ()
    verbs = _alternation(spec["verbs"]).replace(r"\ ", r"\s+")
    pattern = re.compile(r"(?<!\w)(?:" + _alternation(spec["nouns"]) + r")(?!\w)(?=[^.;:!?]{0,%d}?(?<!\w)(?:%s)(?!\w))"
                         % (_CALL_EVENT_REACH, verbs), re.IGNORECASE)
    # the pre-check's literal: the longest word every verb holds, else none (the pattern always runs)
    common = set.intersection(*(set(v.casefold().split()) for v in spec["verbs"]))
    _LITERALS[pattern.pattern] = max(common, key=len, default="")
    return (pattern,)


#: The most characters of a noun between a ``call_mentions`` word and the call phrase after it, where
#: words are not spaced ("领导人" of "年内举行的领导人会晤": a meeting to be held, not the call).
_CALL_QUALIFIER = 4


def _call_mentions(spec: dict[str, Any] | None, boundaries: bool = True) -> dict[str, Any]:
    """The :class:`Lexicon` fields of a ``call_mentions`` entry: the words before a call phrase, ending
    right before it (spaces between; where words are not spaced, a noun of up to
    :data:`_CALL_QUALIFIER` characters between: "年内举行的领导人会晤"), and the words right after it."""
    out: dict[str, Any] = {}
    if spec and spec.get("before"):
        words = _alternation(spec["before"]).replace(r"\ ", r"\s+")  # "at the end of the": any spaces between
        out["call_mention_before"] = re.compile(r"(?<!\w)(?:" + words + r")\s*$", re.IGNORECASE) if boundaries \
            else re.compile(r"(?:" + words + r")\w{0,%d}$" % _CALL_QUALIFIER)
    if spec and spec.get("after"):
        out["call_mention_after"] = re.compile(r"\s*(?:" + _alternation(spec["after"]) + r")", re.IGNORECASE)
    return out


_CAPITALISED = r"[A-ZА-ЯЁ][\w'’.-]*(?:\s+(?:of\s+)?[A-ZА-ЯЁ][\w'’.-]*)*"


#: A capitalised word of a short place ("Кремле", "Ново-Огарёве"), whatever the pattern's case flag.
_PLACE_WORD = r"(?-i:[A-ZА-ЯЁ][\w-]*)"


def _short_place(spec: dict[str, Any] | None) -> str | None:
    """The regex of the short place of a ``meeting_adjuncts`` entry with no ``with`` word (none for
    another): a preposition of ``places`` and one capitalised word, a second one captured in the
    group ``more`` where it follows ("в Кремле", "в Нижнем Новгороде": either may end the place, so
    "в Кремле Президента Турции Эрдогана" leaves the title to the actor), or one of ``settings``
    ("в режиме видеоконференции")."""
    if not spec or spec.get("with"):
        return None
    settings = _alternation(spec.get("settings", ()))
    return (r"\s+(?i:" + _alternation(spec["places"]) + r")\s+(?:" + (r"(?i:" + settings + r")(?!\w)|" if settings else "")
            + _PLACE_WORD + r"(?=(?P<more>\s+" + _PLACE_WORD + r"))?)")


def _meeting_frames(terms: Iterable[str], spec: dict[str, Any] | None, boundaries: bool) -> tuple[re.Pattern[str], ...]:
    """The ``meeting_frames`` patterns; where ``meeting_adjuncts`` has no ``with`` word, a short place
    (:func:`_short_place`) may stand after the first word of a frame phrase ("провёл в Кремле
    переговоры с", "провели в Сочи переговоры")."""
    place = _short_place(spec)
    out = []
    for term in terms:
        first, _, rest = term.partition(" ")
        if place is None or not rest.strip():
            out.append(_term_pattern(term, boundaries))
            continue
        pattern = re.compile(_term_regex(first, boundaries).pattern + "(?:" + place + r")?\s+"
                             + _term_regex(rest.strip(), boundaries).pattern, re.IGNORECASE)
        _LITERALS[pattern.pattern] = _literal(term)
        out.append(pattern)
    return tuple(out)


def _greeting_frames(spec: dict[str, Any] | None, boundaries: bool) -> dict[str, Any]:
    """The :class:`Lexicon` fields of a ``greeting_frames`` entry (none without one): its verbs, and what
    may follow the guest: a clause's end, or one of ``places``, "the" at most and a capitalised word."""
    if not spec or not spec.get("terms"):
        return {}
    places = r"|(?i:" + _alternation(spec["places"]) + r")\s+(?:(?i:the)\s+)?[A-ZА-ЯЁ]" if spec.get("places") else ""
    return {"greeting_frames": tuple(_term_pattern(t, boundaries) for t in spec["terms"]),
            "greeting_rest": re.compile(r"\s*(?:[,.;:!?—–-]|$" + places + ")")}


def _meeting_adjunct(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """The pattern of a ``meeting_adjuncts`` entry (none without one): places and times in any
    order, each set off by commas at most, then a ``with`` word; where ``with`` is empty, a short
    place alone (:func:`_short_place`)."""
    if not spec:
        return None
    short = _short_place(spec)
    if short is not None:
        return re.compile(short)
    place = r"(?i:" + _alternation(spec["places"]) + r")\s+(?:(?i:the)\s+)?" + _CAPITALISED \
        + r"(?:\s*,\s*" + _CAPITALISED + r")*"
    time = r"(?i:" + _alternation(spec["times"]) + r")(?!\w)(?:\s+(?:[A-ZА-ЯЁ]\w*|\d{1,4}))*"
    return re.compile(r"\s*,?\s*(?:(?:" + place + "|" + time + r")\s*,?\s*)*(?i:" + _alternation(spec["with"]) + r")\s+")


#: The comma that closes a title set after an actor's name, right before the verb.
_TITLE_CLOSE = re.compile(r"\s*,\s*")
#: A phrase set off by commas between the first actor and the verb, no other mark in it: "Erdoğan,
#: on a working visit to Russia, met Putin" (see :func:`_visit_between`).
_PARENTHESIS = re.compile(r"\s*,[^,;:.!?，。；：、—–()]{1,80},\s*")


def _meeting_frame(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the point frames a meeting (:func:`_meeting_verbs`), as "spoke by phone with" frames a call."""
    return bool(_meeting_verbs(text, lex, mentions))


def _meeting_verbs(text: str, lex: Lexicon, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """The spans of the ``meeting_frames`` verbs that stand right between two actors of different sides, titles
    and first names between at most, the second no possessive ("Modi met Chinese President Xi
    Jinping in Kazan", "Xi received Blinken", "Austin met PRC Minister of National Defense Admiral Dong
    Jun", "Wang Yi, Director of the Office of the Central
    Foreign Affairs Commission, met Blinken", "Erdoğan, on a working visit to Russia, met Putin"; a greeting
    verb, ``greeting_frames``, only between the two: "Putin welcomed Erdoğan to Sochi"), or right after two such actors joined to act together
    (:func:`_joined_before`: "Путин и Байден провели переговоры", "王毅同布林肯举行会谈"): the point
    frames the meeting, as "spoke by phone with" frames a call. Such a verb is no act of the call
    ("Путин принял Эрдогана": received, not accepted, as English "received" is no act)."""
    out: list[tuple[int, int]] = []
    actors = [m for m in mentions if m.role in ("own", "counterpart")]
    # a title set off by commas after the first actor ("Zhang Youxia, Vice Chairman of the Central
    # Military Commission, met US National Security Advisor Jake Sullivan")
    titled = {s: e for s, e in _titles(text, mentions, lex)}
    greetings = {v.span() for v in _find(lex.greeting_frames, text)}
    for verb in sorted(_find(lex.meeting_frames, text) + _find(lex.greeting_frames, text), key=lambda v: v.start()):
        greeting = verb.span() in greetings
        before = [m for m in actors if m.end <= verb.start() and (
            _NAMES_ONLY.fullmatch(text, m.end, verb.start())
            or m.end in titled and _TITLE_CLOSE.fullmatch(text, titled[m.end], verb.start())
            or _visit_between(text, m.end, verb.start(), lex)
            or _short_place_between(text, m.end, verb.start(), lex))]
        # "met in Zurich, Switzerland, today with Yang Jiechi": a place, a time and "with" between
        # "принял в Кремле Президента Турции Эрдогана": a short place alone, of one word or two
        gap = lex.meeting_adjunct.match(text, verb.end()) if lex.meeting_adjunct else None
        ends = [] if gap is None else [gap.end()] + ([gap.end("more")] if "more" in gap.re.groupindex
                                                     and gap.group("more") else [])
        after = [m for m in actors if m.start >= verb.end() and (
            _NAMES_ONLY.fullmatch(text, verb.end(), m.start) or _TITLED_NAMES.fullmatch(text, verb.end(), m.start)
            or any(m.start >= e and _NAMES_ONLY.fullmatch(text, e, m.start) for e in ends))]
        if greeting:
            # "Putin welcomed Erdoğan to Sochi": the guest right after, then a clause's end or a place
            if before and after and before[-1].side != after[0].side and lex.greeting_rest is not None \
                    and lex.greeting_rest.match(text, after[0].end):
                out.append(verb.span())
        elif before and after and before[-1].side != after[0].side \
                and (not any(text.startswith(p, after[0].end) for p in lex.possessives)
                     or _titled_by_country(text, after[0], actors, lex)):
            out.append(verb.span())
        elif _joined_before(text, verb.start(), actors, lex):
            out.append(verb.span())
    return out


def _visit_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a phrase set off by commas (:data:`_PARENTHESIS`) alone fills ``start`` to ``end``, between the
    first actor and a meeting verb, and says what brought the two together: a word of ``meeting_words`` or
    ``tone_context`` ("Erdoğan, on a working visit to Russia, met Putin", "Путин, находящийся с визитом в
    Турции, принял Эрдогана"). Another phrase there ("Xi Jinping, after a long delay, met Modi") still
    breaks the frame."""
    if not _PARENTHESIS.fullmatch(text, start, end):
        return False
    return any(start < m.start() and m.end() <= end for m in _find(lex.meeting_words + lex.tone_context, text))


def _titled_by_country(text: str, first: Mention, actors: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the possessive after the first actor met opens a title that ends in a name of the same
    side, no possessive after it: "met China's Minister of National Defense, Admiral Dong Jun," meets
    Dong Jun, where "met Dong Jun's deputy" meets someone else."""
    tail = next((text.startswith(p, first.end) and first.end + len(p) for p in lex.possessives
                 if text.startswith(p, first.end)), None)
    if not tail:
        return False
    for m in actors:
        if m.side != first.side or m.start < tail:
            continue
        return bool(_TITLED_NAMES.fullmatch(text.replace(",", " "), tail, m.start)) \
            and not any(text.startswith(p, m.end) for p in lex.possessives)
    return False


def _short_place_between(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a short place of ``meeting_adjuncts`` (:func:`_short_place`) alone fills ``start`` to
    ``end``, between the first actor and a meeting verb ("Путин в Кремле принял Эрдогана", "Путин в
    Нижнем Новгороде принял")."""
    gap = lex.meeting_adjunct.match(text, start, end) if lex.meeting_adjunct is not None else None
    if gap is None or "more" not in gap.re.groupindex:
        return False
    ends = [gap.end()] + ([gap.end("more")] if gap.group("more") else [])
    return any(re.fullmatch(r"\s*", text[e:end]) for e in ends)


#: What ends a clause: the actors that a meeting verb's subject joins stand after the last of these.
_CLAUSE_MARK = re.compile(r"[，,。；;：:！!？?]")


def _joined_before(text: str, start: int, actors: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether two actors of different sides, joined to act together (:func:`_joined`: "Путин и
    Байден", "王毅同美国国务卿布林肯"), are the subject of the meeting verb at ``start``: both in its
    clause, the last actor right before the verb, titles and first names between at most ("Путин и
    Байден провели переговоры", "王毅在北京同美国总统国家安全事务助理沙利文举行新一轮战略沟通")."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, 0, start)]
    clause = [m for m in actors if m.start >= (marks[-1] if marks else 0) and m.end <= start]
    if not clause or not _NAMES_ONLY.fullmatch(text, clause[-1].end, start):
        return False
    last = clause[-1].side
    return any(x.side != last and y.side == last and x.end <= y.start and _joined(text, x, y, clause, lex)
               for x in clause for y in clause)


def _past_call(spec: dict[str, Any] | None, events: dict[str, Any] | None,
               months: Sequence[str | Sequence[str]]) -> re.Pattern[str] | None:
    """The ``past_calls`` pattern: a qualifier, a month, a year or a day's number, up to two words,
    a ``call_events`` noun, a comma at most and a relative opener."""
    if not spec or not events or not events.get("nouns"):
        return None
    names = [m for entry in months for m in ([entry] if isinstance(entry, str) else entry)]
    dated = _alternation([*spec.get("qualifiers", ()), *names])
    return re.compile(r"(?<!\w)(?:" + dated + r"|\d{1,4}(?:st|nd|rd|th)?)(?!\w)(?:\s+[\w'’-]+){0,2}?\s+(?:"
                      + _alternation(events["nouns"]) + r")\s*,?\s+(?:" + _alternation(spec["relatives"]) + r")(?!\w)",
                      re.IGNORECASE)


def _call_report(spec: dict[str, Any] | None) -> re.Pattern[str] | None:
    """The pattern of a ``call_reports`` entry: an addressee ("reporters", "to reporters") before
    "that", or "that", at most; one
    of ``subjects`` and up to eight words of its phrase ("his telephone conversation with the US
    President"), one of ``auxiliaries``, an adverb at most, and one of ``verbs``."""
    if not spec:
        return None
    return re.compile(r"\s+(?:(?:(?i:to)\s+)?[\w'’-]+\s+(?i:that)\s+|(?i:that)\s+)?(?i:" + _alternation(spec["subjects"])
                      + r")(?!\w)(?:\s+[\w'’-]+){0,8}?\s+(?i:" + _alternation(spec["auxiliaries"])
                      + r")\s+(?:[\w'’-]+\s+)?(?i:" + _alternation(spec["verbs"]) + r")(?!\w)")


def _correlatives(spec: dict[str, Any] | None) -> dict[str, Any]:
    """The Lexicon fields of ``correlatives`` (English "both ... and ...": :func:`_correlative`)."""
    if not spec or not spec.get("words") or not spec.get("joiners"):
        return {}
    return {"correlative_words": frozenset(w.casefold() for w in spec["words"]),
            "correlative_joint": re.compile(r"\s+(?:" + _alternation(spec["joiners"]) + r")\s+", re.IGNORECASE),
            "correlative_article": re.compile(r"(?:" + _alternation(spec["articles"]) + r")\s+", re.IGNORECASE)
            if spec.get("articles") else None,
            "correlative_before": frozenset(w.casefold() for w in spec.get("before", ())),
            "correlative_float": frozenset(w.casefold() for w in spec.get("floats_after", ())),
            "correlative_openers": frozenset(w.casefold() for w in spec.get("subject_openers", ())),
            "correlative_joiners": frozenset(w.casefold() for w in spec["joiners"]),
            "correlative_not": frozenset(w.casefold() for w in spec.get("not_between", ())),
            # the first of a pair of nouns: the fewest words (no comma) up to a joiner
            "correlative_pair": re.compile(r"(?:[^\W\d_][\w'’-]*\s+){1,%d}?(?=(?:%s)\s)"
                                           % (int(spec.get("gap", 4)), _alternation(spec["joiners"])), re.IGNORECASE)}


def _reduced_relatives(spec: dict[str, Any] | None, function_words: Sequence[str]) -> dict[str, Any]:
    """The :class:`Lexicon` fields of a ``reduced_relatives`` entry (none without one)."""
    if not spec:
        return {}
    particles = r"(?:(?:" + _alternation(spec["particles"]) + r")\s+)?" if spec.get("particles") else ""
    return {"participle_endings": tuple(spec.get("endings", ())),
            "participle_agent": re.compile(r"\s+" + particles + r"(?:" + _alternation(spec["agents"]) + r")\s+",
                                           re.IGNORECASE),
            "not_heads": frozenset(w.casefold() for w in [*spec.get("not_heads", ()), *function_words]),
            "agent_quantifier": re.compile(r"(?:" + _alternation(spec["quantifiers"]) + r")\s", re.IGNORECASE)
            if spec.get("quantifiers") else None}


def _qualifiers(spec: dict[str, Any]) -> dict[str, Any]:
    """The :class:`Lexicon` fields of a ``both_qualifiers`` entry. A marker ending in a space ("of ")
    stands before the qualifier; any other ("стран") is its first word."""
    out: dict[str, Any] = {"capitalised_qualifier": bool(spec.get("capitalised", False)),
                           "qualifiers_before": tuple(sorted(spec.get("before", ()), key=len, reverse=True))}
    before = [m.strip() for m in spec.get("markers", ()) if m.endswith(" ")]
    first = [m for m in spec.get("markers", ()) if not m.endswith(" ")]
    alts = ([r"(?:" + _alternation(before) + r")[ \t]+(\w)"] if before else []) \
        + ([r"(" + _alternation(first) + r")(?!\w)"] if first else [])
    if alts:
        out["qualifier"] = re.compile(r"[ \t]+(?:" + "|".join(alts) + ")", re.IGNORECASE)
    if spec.get("not"):
        out["not_qualifier"] = re.compile(r"[ \t]+(?:" + _alternation(spec["not"]) + r")(?!\w)", re.IGNORECASE)
    return out


def _alternation(terms: Iterable[str]) -> str:
    """A regex alternation of literal ``terms``, longest first (so "она" is tried before "он"); an
    apostrophe matches either form, as in :func:`_term_regex` ("wasn't" matches "wasn’t")."""
    return "|".join(re.escape(t).replace("'", "['’]") for t in sorted(terms, key=len, reverse=True))


def _thanked_relative(data: dict[str, Any], boundaries: bool) -> list[str]:
    """Patterns of ``thanked_for`` terms that end in their "for" (not in "..."), then what a side is
    thanked for and a relative clause whose subject is a pronoun (lexicon ``thanked_for_relative``,
    ``pronouns``): "thanked Wang for the support he had offered", "поблагодарил Эрдогана за
    поддержку, которую он оказал"; up to four words of what is thanked for, no coordinator among
    them ("thanked Xi for the call and he stressed" is no relative clause)."""
    rel = data.get("thanked_for_relative")
    # a plural pronoun too: "thanked Putin for the support they had offered" (the thanked side's)
    pronouns = [*data.get("pronouns", ()), *data.get("plural_pronouns", ())]
    if not rel or not pronouns:
        return []
    opener = "|".join(_term_regex(t, boundaries).pattern for t in rel.get("openers", ()))
    aux = _alternation(rel.get("auxiliaries", ()))
    # "the support that he", "поддержку, которую он"; where the opener may be left out, "the support he"
    clause = r"\s+" if not opener else r",?\s+(?:" + opener + r")\s+" if rel.get("opener_required") \
        else r"(?:,?\s+(?:" + opener + r")\s+|\s+)"
    word = r"(?!" + _COORDINATOR.pattern + r")[\w'’-]+"
    tail = (r"(?:" + word + r"\s+){0,3}" + word + clause
            + r"(?<!\w)(?:" + _alternation(pronouns) + r")\s+" + (r"(?:(?:" + aux + r")\s+)?" if aux else ""))
    return [_term_regex(t, boundaries).pattern + r"\s+" + tail for t in data["thanked_for"] if t.split()[-1] != "..."]


def _passive_pattern(terms: Sequence[str], boundaries: bool, adverbs: Sequence[str] = ()) -> re.Pattern[str] | None:
    """What ends the text before a passive act: an auxiliary, then two adverbs at most, in "-ly" or of
    ``adverbs`` (lexicon ``passive_adverbs``: "were later told", "was not discussed", "was never
    formally agreed")."""
    if not terms:
        return None
    alts = _alternation(terms)
    if boundaries:
        adverb = r"(?:" + "|".join([r"\w+ly"] + [re.escape(w) for w in adverbs]) + r")"
        return re.compile(r"(?<!\w)(?:" + alts + r")\s+(?:" + adverb + r"\s+){0,2}$", re.IGNORECASE)
    return re.compile(r"(?:" + alts + r")\s*$")


#: What may stand between a perfect's auxiliary and the act at the end of the text: a word at most
#: ("has not committed"), or the negative contraction that stands for "not" ("hasn't committed"; and
#: so not "hasn't yet committed", as not "has not yet committed").
_AUX_GAP = r"(?:n['’]t\s+|\s+(?:[\w'’-]+\s+)?)$"
#: A negative contraction that ends an auxiliary ("wasn't", "weren’t").
_NEGATED_AUX = re.compile(r"n['’]t$", re.IGNORECASE)


def _agreement_aux(terms: Sequence[str], between: Sequence[str], boundaries: bool) -> re.Pattern[str] | None:
    """What ends the text before an impersonal agreement's passive term ("It was also agreed"): an
    auxiliary of ``terms``, then one adverb of ``between`` or in "-ly" at most (spaced languages only)."""
    if not terms or not boundaries:
        return None
    adverb = r"(?:" + "|".join([r"\w+ly"] + [re.escape(w) for w in between]) + r")"
    return re.compile(r"(?<!\w)(?:" + _alternation(terms) + r")\s+(?:" + adverb + r"\s+)?$", re.IGNORECASE)


#: The most characters of a Chinese topic phrase, and of the words between a verb of holding a talk
#: and its talk ("进行了长时间的坦诚、深入和建设性沟通"), before a discussion with no actor.
_ZH_TOPIC_CHARS = 40
_ZH_TALK_WORDS = 16
#: A character of a Chinese clause's words: no punctuation that ends a clause (a "、" list goes on).
_ZH_WORD_CHAR = r"[^，。；：！？,.;:!?\s]"


def _zh_gap_pattern(data: dict[str, Any], subject: bool) -> re.Pattern[str]:
    """What may stand before a Chinese discussion with no actor, from where its clause opens
    (:func:`_impersonal_discussion`): a talk noun ("会谈讨论了……", lexicon ``talk_topics``) or a phrase
    of the talk as its setting ("会谈中还就……", ``talk_settings``), adverbs
    (:data:`_ZH_SUBJECT_GAP`), a topic phrase opened by a coverb (``topic_coverbs``,
    ``subject_coverbs``: "就乌克兰问题交换了意见", "对台湾问题进行了讨论") and a verb of holding a
    talk with the words of the talk (``talk_verbs``: "还进行了深入讨论"), each where it is, none
    needed. With ``subject``: a topic as the clause's subject, a noun of ``topic_heads`` ending it,
    adverbs, then a verb of holding a talk, needed ("台湾问题也进行了讨论": the issue was discussed,
    no one named; "七国集团领导人也进行了讨论" names no topic, and is left as it was). Group ``free``:
    the topic, where an actor named is what was discussed, no one who discussed."""
    adverbs = _ZH_SUBJECT_GAP.pattern
    word = _ZH_WORD_CHAR
    talk = r"(?:%s)了?%s{0,%d}?" % (_alternation(data.get("talk_verbs", ())) or "(?!)", word, _ZH_TALK_WORDS)
    coverbs = _alternation(set(data.get("topic_coverbs", ())) | set(data.get("subject_coverbs", ())))
    if subject:
        # no coverb in the subject: "七国集团领导人就制裁问题进行了讨论" is an actor's, its topic after "就"
        heads = _alternation(data.get("topic_heads", ()))
        topic_word = r"(?:(?!%s)%s)" % (coverbs, word) if coverbs else word
        return re.compile(r"(?P<free>%s{0,%d}?(?:%s))%s%s" % (topic_word, _ZH_TOPIC_CHARS, heads, adverbs, talk))
    # a talk noun, or a phrase naming the talk as the setting ("会谈中还就……进行了讨论")
    nouns = _alternation([*data.get("talk_settings", ()), *data.get("talk_topics", {}).get("nouns", ())])
    topic = r"(?P<free>(?:%s)%s{1,%d}?)" % (coverbs, word, _ZH_TOPIC_CHARS) if coverbs else r"(?P<free>(?!))"
    return re.compile(r"(?:%s)?%s(?:%s)?%s(?:%s)?" % (nouns or "(?!)", adverbs, topic, adverbs, talk))


def _space_start(text: str, end: int) -> int:
    """Where the run of white space that ends at ``end`` starts (``end`` where none does):
    ``len(text[:end].rstrip())``, read back from ``end`` alone."""
    while end > 0 and text[end - 1].isspace():
        end -= 1
    return end


def _runs_start(text: str, end: int, runs: int) -> int:
    """Where the last ``runs`` runs of non-space characters before ``end`` start (0 where fewer
    stand before it): a match that ends at ``end`` and holds ``runs`` such runs at most, the first
    of them in part at most, starts there or after it."""
    for _ in range(runs):
        end = _space_start(text, end)
        while end > 0 and not text[end - 1].isspace():
            end -= 1
    return end


@lru_cache(maxsize=64)
def _pattern_runs(pattern: str) -> int:
    """How many runs of non-space characters a match of ``pattern`` holds at most, for a pattern of
    literal terms, then white space and one word at most before its end (``lex.infinitive``): a
    term holds one run more than it has spaces, and the pattern holds every term's spaces."""
    return sum(c.isspace() for c in pattern) + 3


def _passive_before(text: str, end: int, lex: Lexicon) -> re.Match[str] | None:
    """``lex.passive.search(text, 0, end)``, searched from where a match can start alone: every match
    ends at ``end`` (``$``), after an auxiliary (its words, or its characters where words are not
    spaced), white space and two adverbs at most, so a search of all of ``text[:end]`` for every act
    made a long point quadratic."""
    assert lex.passive is not None
    if not lex.passive_terms:
        return lex.passive.search(text, 0, end)
    if lex.boundaries:
        words = max((len(t.split()) for t in lex.passive_terms), default=1)
        lo = _runs_start(text, end, words + 3)
    else:
        lo = max(0, _space_start(text, end) - max((len(t) for t in lex.passive_terms), default=0) - 1)
    return lex.passive.search(text, lo, end)


def _months(entries: Sequence[str | Sequence[str]], boundaries: bool) -> tuple[tuple[re.Pattern[str], int], ...]:
    """Month patterns with their numbers: entry k (0-based) is month k + 1, a term or a list of
    terms (Russian "мая", "май", "мае" are all May). A list of another length than 12 would shift
    every later month, so it is refused."""
    if entries and len(entries) != 12:
        raise ValueError(f"a lexicon's months must be 12 entries (a term or a list of terms each), not {len(entries)}")
    return tuple((_term_pattern(t, boundaries), k + 1) for k, entry in enumerate(entries)
                 for t in ([entry] if isinstance(entry, str) else entry))


#: Language-neutral cues for languages without a lexicon: participants' names, side codes, numbers.
_NEUTRAL: dict[str, Any] = {"language": "", "word_boundaries": True, "sides": {}}


def lexicon(language: str | None, *, warn: bool = True, readout: Any = None) -> Lexicon:
    """The compiled lexicon for ``language``; an unknown code warns and gets language-neutral cues.

    ``warn=False`` is for reading the lexicon of cues already made, whose readout was warned about
    when they were (:func:`readout_cues`): once per readout, not again for each linked pair and flag.
    ``readout``: the readout whose cues need it; the warning names it by side, date and title
    (:func:`readouts.language.readout_label`), so one file of a batch can be told from the others.

    >>> lexicon("en").language
    'en'
    """
    code = base_language(language or "en")  # "en-US", "en_GB", "zh-Hans" -> "en", "en", "zh"
    if code not in LANGUAGES:
        if warn:
            whose = f" for readout {readout_label(readout)}" if readout is not None else ""
            warn_user(f"no cue lexicon for language {language!r}{country_hint(language)} (have {', '.join(LANGUAGES)})"
                      f"{whose}; using "
                      "language-neutral cues only (names, numbers, side codes)", LanguageWarning)
        return _load("")
    return _load(code)


@lru_cache(maxsize=None)
def _load(code: str) -> Lexicon:
    if not code:
        return _compile(_NEUTRAL)
    with resources.files("readouts").joinpath(f"data/cues_{code}.json").open("r", encoding="utf-8") as fh:
        return _compile(json.load(fh))


@lru_cache(maxsize=1)
def lexicon_fingerprint() -> str:
    """SHA-256 (16 hex digits) of every word list the cues read: the bundled lexicons and concept
    lists (``readouts/data/*.json``, names and bytes), the language-neutral lexicon and the side
    aliases. A comparison's signature carries it, since the cues decide flags and feed the models:
    two runs with the same parameters but another word list can differ.

    >>> len(lexicon_fingerprint()) == 16 and lexicon_fingerprint() == lexicon_fingerprint()
    True
    """
    import hashlib

    digest = hashlib.sha256()
    data = resources.files("readouts").joinpath("data")
    for entry in sorted((f for f in data.iterdir() if f.name.endswith(".json")), key=lambda f: f.name):
        digest.update(entry.name.encode("utf-8") + b"\0" + entry.read_bytes() + b"\0")
    digest.update(json.dumps([_NEUTRAL, SIDE_ALIASES], sort_keys=True).encode("utf-8"))
    return digest.hexdigest()[:16]


def _script_name(script: str | None) -> str:
    """A script as a warning names it: "Arabic script"."""
    return "in a script other than Latin, Cyrillic or Han" if script in (None, "other") else f"{script.capitalize()} script"


def detect_language(text: str, declared: str | None = None) -> str:
    """The declared language, else the script most of its letters are in: Cyrillic -> ru, Han -> zh,
    Latin (or no letters) -> en, and another script the language it is taken for (Arabic -> ar,
    Hebrew -> he, Greek -> el: :data:`readouts.language.SCRIPT_LANGUAGE`; ``und`` for a script not
    there), which has no lexicon, so :func:`lexicon` falls back to language-neutral cues with a warning.

    >>> detect_language("Лавров заявил"), detect_language("拜登表示"), detect_language("He said")
    ('ru', 'zh', 'en')
    >>> detect_language("אמר לברוב")
    'he'
    """
    if declared:
        return declared
    # The script most letters are in, as compare() picks the backend by (readouts.language): an
    # English readout that quotes "一个中国" or «неделимость» is English, not read with the Chinese or
    # Russian lexicon, which found no speaker or act in any of its points. An Arabic or Hebrew readout
    # is no English one either: the English lexicon read it without a word of warning, while the same
    # readout declared "ar" got the neutral cues and a LanguageWarning.
    script = script_of(text)
    return "en" if script is None else script_language(script, text) or UNDETERMINED


# -- actors --------------------------------------------------------------------------------------
_PAREN = re.compile(r"\(([^)]*)\)")

#: Names a readout's ``side`` may go by besides the lexicons' codes and actor terms (ISO 3166 alpha-3 and the like).
#: ("the White House" is an actor term already; "USA" is one too, but only in capitals.)
SIDE_ALIASES: dict[str, str] = {"USA": "US", "RUS": "RU", "CHN": "CN", "PRC": "CN", "UKR": "UA", "IND": "IN", "TUR": "TR",
                                "GBR": "UK", "GB": "UK", "FRA": "FR", "DEU": "DE", "GER": "DE",
                                "WHITE HOUSE": "US", "STATE DEPARTMENT": "US",
                                "DEPARTMENT OF STATE": "US", "XINHUA": "CN"}


def side_code(side: str | None) -> str | None:
    """The lexicons' side code for a readout's ``side`` name; None where it names no known side, or several.

    The cues know who speaks by these codes: with ``side="Russia"`` read as ``"RU"``, "Lavrov said"
    is the readout's own side speaking, and "Blinken agreed" words put in the counterpart's mouth.

    >>> side_code("us"), side_code("Russia"), side_code("U.S. Department of State"), side_code("中国")
    ('US', 'RU', 'US', 'CN')
    >>> side_code("JP"), side_code("US-Russia") is None
    (None, True)
    """
    if side is not None and not isinstance(side, str):
        raise InputError(f"side must be a string such as 'US' or 'RU' (or None), not {type(side).__name__}")
    return _side_code(side)


@lru_cache(maxsize=1024)
def _side_code(side: str | None) -> str | None:
    if side is None or not side.strip():
        return None
    # "Türkiye" in NFD (u + combining diaeresis) or full-width "ＵＳ" named no side: NFKC, as records.side_key
    name = unicodedata.normalize("NFKC", side).strip()
    codes = {c for lang in LANGUAGES for c in _load(lang).side_terms}
    if name.upper() in codes:
        return name.upper()
    if name.upper() in SIDE_ALIASES:
        return SIDE_ALIASES[name.upper()]
    found = {code for lang in LANGUAGES for pat, code, kind in _load(lang).actors if kind == "side" and pat.search(name)}
    found |= {w for w in re.split(r"\W+", name) if w in codes}  # "RU-MFA", "US/State"
    return found.pop() if len(found) == 1 else None


def same_side_warning(a_side: str, b_side: str, where: str | None = None) -> None:
    """Warn (:class:`SideWarning`) where two readouts' sides are one government ("US" and "USA");
    ``where`` names the call in the message (a batch compares many)."""
    own, other = cue_sides(a_side, b_side)
    if other is not None and side_key(own) == side_key(other):
        call = f" in the call of readout {where}" if where else ""
        warn_user(f"both readouts are from side {own} ({a_side!r} and {b_side!r}){call}: who-said-what flags "
                  "(attribution_shift, unconfirmed_claim, initiative) read both as the same government; "
                  "give each readout its own side", SideWarning)


def cue_sides(side: str, counterpart_side: str | None) -> tuple[str, str | None]:
    """The side codes a readout's cues read mentions against: its own and its counterpart's.

    Each side's :func:`side_code` where it has one, else the name as given. Two readouts of one
    government ("US-State", "US-WH") get one code, so "the Secretary" on both sides is one speaker.
    """
    return side_code(side) or side, side_code(counterpart_side) or counterpart_side


def participant_sides(participants: Sequence[str], own_side: str, counterpart_side: str | None,
                      lex: Lexicon) -> dict[str, str]:
    """Surname (and full name) -> side code for each participant.

    A participant's side comes from its parenthesis ("Sergey Lavrov (Russian Foreign Minister)"),
    else from a known name in the lexicon, else by convention from its position: readouts list
    their own principal first. A list in another language than the lexicon's ("Marco Rubio (US
    Secretary of State)" for a Russian readout) is read with the other shipped lexicons where
    ``lex`` finds no side in it. An entry that lists a delegation ("Marco Rubio (US Secretary of
    State), with National Security Advisor Mike Waltz and Special Envoy Steve Witkoff") gives its
    side to each name that "with" or "and" joins, of two capitalised words at least.
    """
    out: dict[str, str] = {}
    others = [lexicon(code, warn=False) for code in LANGUAGES if code != lex.language] if lex.language in LANGUAGES \
        else []
    for k, p in enumerate(participants):
        p = _han_read(unicodedata.normalize("NFC", p), lex.language)  # as the points are read (see _point_cues)
        name = _PAREN.sub("", p).strip()
        # "Antony Blinken, Secretary of State": a title after a comma is read as one in parentheses is
        # (its words are no name: "State" was taken for Blinken's surname)
        head, *rest = _COMMA.split(name)
        titles = rest if rest and head and all(title_part(r) and not _JOIN_OPENER.match(r) for r in rest) else []
        if titles:
            name = head
        if not any(ch.isalpha() for ch in name):  # "", ".", "—": no name to find ("." was found in every point)
            continue
        side = None
        for reading in [lex] + others:
            for probe in [m.group(1) for m in _PAREN.finditer(p)] + titles + [name]:
                side = next((s for (_, s, kind), _ in _scan_items(reading.actors, probe, _folded(probe))
                             if kind == "side"), None)
                if side:
                    break
            if side:
                break
        if side is None:
            side = own_side if k == 0 else counterpart_side
        if side is None:
            continue
        out[name] = side
        # the last word with a letter: not the "." of "Antony Blinken .", nor a generational suffix
        # ("Brown" of "Charles Q. Brown, Jr.", "Austin" of "Lloyd J. Austin III"); in a name written
        # surname first, the word before it ("Wang" of "Wang Yi", "Ван" of "Ван И", whose "И" was
        # taken for a name in every "и")
        words = [w.strip(",") for w in name.split()]
        while len(words) > 1 and _NAME_SUFFIX.fullmatch(words[-1]):
            words.pop()
        lettered = [w for w in words if any(ch.isalpha() for ch in w)] or words
        surname = _surname(lettered)
        out[surname] = side
        if surname != lettered[-1]:
            # ... and the surname with its given name, titles before it or not ("Zhang Youxia" of
            # "General Zhang Youxia"): one mention, the given name no word of the topic
            out.setdefault(" ".join(lettered[-2:]), side)
        # "Marco Rubio, with National Security Advisor Mike Waltz and Special Envoy Steve Witkoff":
        # each name that "with" or "and" joins is of the entry's side, where it is capitalised words,
        # two at least ("Mike Waltz"; not "Trade" of "Minister of Foreign Affairs and Trade")
        parts = _PARTICIPANT_JOIN.split(name)
        for part in parts[:-1] if len(parts) > 1 else ():
            words = [w.strip(",") for w in part.split()]
            while len(words) > 1 and _NAME_SUFFIX.fullmatch(words[-1]):
                words.pop()
            if len(words) >= 2 and all(_UPPER_WORD.fullmatch(w) for w in words):
                out.setdefault(" ".join(words), side)
                out.setdefault(_surname(words), side)
                if _surname(words) != words[-1]:
                    out.setdefault(" ".join(words[-2:]), side)
        last = [w.strip(",") for w in parts[-1].split()] if len(parts) > 1 else []
        if len(last) >= 2 and all(_UPPER_WORD.fullmatch(w) for w in last):
            out.setdefault(" ".join(last), side)
    return out


def _surname(words: Sequence[str]) -> str:
    """The surname among a name's words: the last, unless the name is written surname first, the
    surname then its given name in one word ("Wang Yi", "Xi Jinping", "General Zhang Youxia", "Ван
    И"): the surname is one of the shipped lexicons' ``surname_first`` (common Chinese surnames,
    in Latin letters and in Cyrillic; none that is also a common word, such as "He" or "Ли", which
    the bare word would be taken for) and its given name a capitalised word after it. Western
    names keep their last word ("Antony Blinken", "Katherine Tai", "Tony Li")."""
    if len(words) >= 2 and words[-1][:1].isupper() and words[-2] in _surnames_first():
        return words[-2]
    return words[-1]


@lru_cache(maxsize=1)
def _surnames_first() -> frozenset[str]:
    return frozenset().union(*(lexicon(code, warn=False).surname_first for code in LANGUAGES))


#: The comma between a participant's name and a title after it ("Sergey Lavrov, Foreign Minister").
_COMMA = re.compile(r"\s*[,，]\s*")
#: A comma part that joins more names to an entry ("..., with National Security Advisor Mike Waltz").
_JOIN_OPENER = re.compile(r"(?:with|and|и)\s", re.IGNORECASE)


def title_part(part: str) -> bool:
    """Whether a comma-separated part of a participant entry is a title rather than a name: it ends in a
    title word of the English or Russian lexicon ("Foreign Minister", "National Security Advisor"), or
    a word of it is in lower case and no name particle ("Secretary of State", "Kremlin aide",
    "помощник Президента"; not "bin" of "Mohammed bin Salman"). A title before a name ("Foreign
    Minister Lavrov", "Special Envoy Steve Witkoff") is a second person, not a title.

    >>> [title_part(p) for p in ("Secretary of State", "Kremlin aide", "Foreign Minister Lavrov", "Jr.", "Jinping")]
    [True, True, False, False, False]
    """
    words = [w.strip(".,'’()") for w in part.split()]
    words = [w for w in words if any(ch.isalpha() for ch in w)]
    if not words:
        return False
    readings = [lexicon(code, warn=False) for code in ("en", "ru")]
    if any(_is_title(words[-1].casefold(), lex) for lex in readings):
        return True
    return any(w[0].isalpha() and w[0].islower() and w.casefold() not in NAME_PARTICLES for w in words)


#: What joins the names of one participant entry ("Marco Rubio, with Mike Waltz and Steve Witkoff").
_PARTICIPANT_JOIN = re.compile(r"\s*,?\s*(?<!\w)(?:with|and|и)\s+", re.IGNORECASE)
#: A capitalised word of a name, or an initial ("Q.", "(CQ)" is gone with its parentheses).
_UPPER_WORD = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*")


#: A generational suffix after a surname ("Jr.", "Sr.", "III").
_NAME_SUFFIX = re.compile(r"(?:Jr|Sr|jr|sr)\.?|II|III|IV")


@lru_cache(maxsize=4096)  # the names of a readout are matched in each of its points
def _declined_name(name: str, finals: tuple[tuple[str, tuple[str, ...]], ...], indeclinable: tuple[str, ...],
                   min_length: int) -> tuple[re.Pattern[str], str] | None:
    """A participant's name in any case of a language that declines names (lexicon
    ``name_declension``), and the literal every form holds; None where no word of it declines.

    Each capitalised Cyrillic word of ``min_length`` letters or more declines by its final letters:
    "Уиткофф" is also "Уиткоффа", "Уиткоффу", "Уиткоффом"; "Лавров" "Лаврову", "Лавровым";
    "Сергей" "Сергея"; "Захарова" "Захаровой"; a word that ends in a vowel of ``indeclinable`` does
    not ("Рубио", "Моди"), nor does a short word or one in lower case ("бин" of "Мухаммед бин Сальман").

    >>> lex = lexicon("ru")
    >>> pat, _ = _declined_name("Стив Уиткофф", lex.name_finals, lex.name_indeclinable, lex.name_min_length)
    >>> [bool(pat.fullmatch(x)) for x in ("Стивом Уиткоффом", "Стиву Уиткоффу", "Стив Уиткоффский")]
    [True, True, False]
    """
    body, stems, declined = [], [], False
    for w in name.split():
        low = w.casefold()
        if len(w) < min_length or not w[:1].isupper() or not _CYRILLIC_WORD.fullmatch(w):
            body.append(re.escape(w))
            stems.append(low)
            continue
        final, endings = next(((f, e) for f, e in finals if f and low.endswith(f)), ("", ()))
        if not final:
            if low.endswith(indeclinable):
                body.append(re.escape(w))
                stems.append(low)
                continue
            endings = dict(finals).get("", ())
        stem = w[:len(w) - len(final)]
        forms = sorted(endings, key=len, reverse=True)
        body.append(re.escape(stem) + "(?:" + "|".join(re.escape(x) for x in forms) + ")")
        stems.append(stem.casefold())
        declined = declined or bool(endings)
    if not declined:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(body) + _TERM_END, re.IGNORECASE), max(stems, key=len)


_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff]+")


def _overlaps(spans: Sequence[tuple[int, int]], s: int, e: int) -> bool:
    return any(s < e2 and s2 < e for s2, e2 in spans)


class _Overlaps:
    """:func:`_overlaps` for a fixed list of spans, answered by bisection: the spans by start, with
    the furthest end among those up to each (a span overlaps ``s:e`` where it starts before ``e``
    and ends after ``s``), where a scan of every span for every run of capitals made a long point
    quadratic (:func:`_entities`)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self.starts = [s2 for s2, _ in ordered]
        self.reach: list[int] = []
        for _, e2 in ordered:
            self.reach.append(max(self.reach[-1], e2) if self.reach else e2)

    def __call__(self, s: int, e: int) -> bool:
        k = bisect_left(self.starts, e)  # the spans that start before ``e``
        return k > 0 and self.reach[k - 1] > s

    def starting_in(self, lo: int, hi: int) -> bool:
        """Whether a span starts at ``lo`` or after it and at ``hi`` or before it."""
        k = bisect_left(self.starts, lo)
        return k < len(self.starts) and self.starts[k] <= hi


#: :func:`_find`'s matches of a lexicon's list (by its id: :data:`_LIST_LITERALS` keeps the list, so
#: the id stays its own) in a text; emptied when it holds :data:`_FOUND_MAX` texts and lists.
_FOUND: dict[tuple[int, str], list[re.Match[str]]] = {}
_FOUND_MAX = 4096


def _find(pats: Iterable[re.Pattern[str]], text: str) -> list[re.Match[str]]:
    """Every non-empty match of each of ``pats`` in ``text``, pattern by pattern (:func:`_scan`, the
    pre-check written out as in :func:`_scan_items`). A lexicon's list over a text is found once
    and kept (:data:`_FOUND`): a point's steps ask the same list of the same text again and again
    (two of every three calls over the corpus)."""
    known = _LIST_LITERALS.get(id(pats))
    if known is not None and known[0] is pats:  # a lexicon's list: its literals read once
        key = (id(pats), text)
        found = _FOUND.get(key)
        if found is None:
            if len(_FOUND) >= _FOUND_MAX:
                _FOUND.clear()
            folded = _folded(text)
            found = _FOUND[key] = [m for p, literal in zip(pats, known[1]) if folded is None or literal in folded
                                   for m in p.finditer(text) if m.end() > m.start()]
        return found[:]  # the caller's own list
    folded = _folded(text)
    if folded is None:
        return [m for p in pats for m in p.finditer(text) if m.end() > m.start()]
    return [m for p in pats if _LITERALS.get(p.pattern, "") in folded
            for m in p.finditer(text) if m.end() > m.start()]


def _acts_in(text: str, lex: Lexicon) -> Sequence[tuple[re.Pattern[str], str, int, int, bool]]:
    """The items of ``lex.acts`` whose literal ``text`` holds (:func:`_scan_items`' pre-check), in
    order: those of the ~1,200 act patterns that may match in ``text``, or at a place in it, for a
    caller that asks whether one does (``p.match(text, pos)``, ``p.search(gap)``), not every one
    compiled and run. Every item where the text cannot be folded (:func:`_folded`).

    >>> lex = lexicon("en")
    >>> items = _acts_in("They discussed trade.", lex)
    >>> {name for _, name, *_ in items}, len(items) < len(lex.acts)
    ({'discussed'}, True)
    """
    folded = _folded(text)
    return lex.acts if folded is None else _LiteralIndex.of(lex.acts).present(folded)


def _joined_pronouns(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a ``joined_pronouns`` term names the party spoken of before it, as a pronoun does.

    Chinese "其" is mostly a possessive ("尊重其核心利益": its interests) or part of a word ("与其说",
    "其他"); right after one of the lexicon's joining words ("与", "同") and right before a call
    phrase, a meeting word or a discussion term (an act of strength 0: "杨洁篪应布林肯约请，与其通了
    电话", "同其举行会谈", "与其交换意见") it is the other party, "him", as "他" is."""
    out: list[tuple[int, int]] = []
    for term in lex.joined_pronouns:
        for m in re.finditer(re.escape(term), text) if term in text else ():
            if not text.endswith(lex.pronoun_joins, 0, m.start()):
                continue
            pos = m.end()
            if any(p.match(text, pos) for p in lex.call + lex.meeting_words) \
                    or any(p.match(text, pos) for p, _, strength, *_ in _acts_in(text, lex) if strength == 0):
                out.append((m.start(), m.end()))
    return out


def _pair_subjects(text: str, lex: Lexicon, own: str, counterpart: str | None) -> list[tuple[int, int]]:
    """Where a compound of the two sides' short names stands as a subject: the two sides together.

    Where words are not spaced (Chinese), "中美" and "美中" (of "中方" and "美方": ``side_pairs``)
    name both parties of the call as the subject of "中美应当相互尊重", "中美都致力于……", "中美作为
    两个大国，……": a compound of the readout's own side's short name and the counterpart's, either
    order, followed by one of ``side_pairs``' ``subject`` ("作为"), or by an obligation, a modal, a
    negated ability, a future marker or an act term, up to two of its ``gap`` words between ("都",
    "也", "不仅"). Followed by anything else the compound qualifies a noun or a verb of its phrase
    ("中美关系", "中美三个联合公报", "中美合作", "中美两国": there "两国" is the actor) and is no actor;
    nor is a compound of another side's name ("中印" in a Chinese readout of a call with the US)."""
    if not lex.side_shorts or counterpart is None:
        return []
    out: list[tuple[int, int]] = []
    shorts = lex.side_shorts
    for pair in _short_pairs("".join(shorts)).finditer(text):  # each place two short names meet
        i = pair.start()
        if {shorts[text[i]], shorts[text[i + 1]]} != {own, counterpart} or (out and out[-1][1] > i):
            continue
        pos = i + 2
        for _ in range(2):
            gap = next((g for g in lex.pair_gap if text.startswith(g, pos)), None)
            if gap is None:
                break
            pos += len(gap)
        if any(text.startswith(w, pos) for w in lex.pair_subject) \
                or any(p.match(text, pos) for p in lex.obligations + lex.modals + lex.negated_abilities
                       + lex.future_markers) and not any(p.match(text, pos) for p in lex.not_obligations) \
                or any(p.match(text, pos) for p, *_ in _acts_in(text, lex)):
            out.append((i, i + 2))
    return out


@lru_cache(maxsize=8)
def _short_pairs(shorts: str) -> re.Pattern[str]:
    """Where two of ``shorts`` (one character each: ``side_shorts``) stand one right after the other
    (:func:`_pair_subjects`): a scan in C, not a loop over every character of every point."""
    one = "[" + "".join(map(re.escape, shorts)) + "]"
    return re.compile(f"(?={one}{one})")


def _mentions(text: str, lex: Lexicon, names: dict[str, str], own: str, counterpart: str | None) -> list[Mention]:
    found: list[tuple[int, int, str, str]] = []
    folded = _folded(text)
    found += [(m.start(), m.end(), side, kind) for (_, side, kind), m in _scan_items(lex.actors, text, folded)]
    for name, side in names.items():
        declined = _declined_name(name, lex.name_finals, lex.name_indeclinable, lex.name_min_length) \
            if lex.name_finals else None
        pat, literal = declined or (_term_regex(name, lex.boundaries or not _HAN.search(name)), _literal(name))
        found += [(m.start(), m.end(), side, "side") for m in _scan(pat, text, folded, literal)]
    if lex.romanisation:
        # "Уиткоффом" for a participant listed as "Steve Witkoff": a name in Latin letters, spelled
        # in this script (:func:`_spelled_as`)
        latin = [(n, side) for n, side in names.items() if n.isascii() and n.isalpha() and n[:1].isupper()]
        for w in _capitalised_words(text) if latin else ():
            side = next((sd for n, sd in latin if not w.group().isascii() and _spelled_as(w.group(), n, lex)), None)
            if side is not None:
                found.append((w.start(), w.end(), side, "side"))
    elif native := [(n, side, spelling) for n, side in names.items() if n.isalpha() and n[:1].isupper()
                    and not n.isascii() and (spelling := _romanising(n)) is not None]:
        # "Dmitriev" for a participant listed as "Кирилл Дмитриев": the name in its own script, as
        # a Latin word spells it (:func:`_spelled_as`, the name in the nominative)
        for w in _capitalised_words(text):
            side = next((sd for n, sd, sl in native if w.group().isascii() and _spelled_as(n, w.group(), sl, bare=True)),
                        None)
            if side is not None:
                found.append((w.start(), w.end(), side, "side"))
    # "与其通了电话": a pronoun that names the other party only where it is joined for a talk
    found += [(ps, pe, "pronoun", "pronoun") for ps, pe in _joined_pronouns(text, lex)]
    # "中美应当……": the two sides' short names, compounded, as a subject (:func:`_pair_subjects`)
    found += [(ps, pe, "both", "both") for ps, pe in _pair_subjects(text, lex, own, counterpart)]
    # Side codes themselves ("the US", "RU") are language-neutral actor terms.
    for code in {own, counterpart} - {None}:
        if len(code) >= 2 and code.isupper():  # type: ignore[union-attr]
            found += [(m.start(), m.end(), code, "side")  # type: ignore[arg-type]
                      for m in _scan(_term_regex(code, True), text, folded, _literal(code))]  # type: ignore[arg-type]
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[Mention] = []
    blocked = [(m.start(), m.end()) for m in [*_find(lex.not_actors, text), *_find(lex.currencies, text)]]
    taken: list[tuple[int, int]] = list(blocked)
    reach = -1  # where the spans taken by actors end, at the furthest: each starts where or after the one before
    spans = _Spans.of_tuples(found)
    for s, e, side, kind in found:
        # a term overlaps a span taken before it where it starts before that span's end (it starts
        # where or after the span starts); an empty one is read as before
        if _overlaps(taken, s, e) if e <= s else s < reach or _overlaps(blocked, s, e):
            continue
        if kind == "both" and (_correlative(text, s, e, found, lex) or _floating_both(text, s, e, found, lex)):
            # "both Russia and Ukraine": the two named are the parties, not the call's two sides;
            # "turbulence and transformation are both advancing": two things, no sides at all
            continue
        taken.append((s, e))
        prior, reach = reach, max(reach, e)
        if kind == "side" and (people := _people_end(text, s, e, found, lex, spans=spans)) is not None:
            # "the Chinese people will never accept", "российский народ", "中国人民": a nation's
            # people, no party to the call; where words are not spaced the people word is the actor's
            role = "people"
            if not lex.boundaries and people > e:
                taken[-1] = (s, e := people)
                reach = max(prior, e)
        elif kind == "both" and (people := _people_end(text, s, e, (), lex, joined=False)) not in (None, e):
            # "serves both peoples", "两国人民": the two nations' peoples, no party to the call either
            role = "people"
            if not lex.boundaries:
                taken[-1] = (s, e := people)
                reach = max(prior, e)
        elif kind == "both" and (pair := _one_side_pair(text, s, e, kept, lex)) is not None:
            # "Lavrov and Ushakov were received by the Crown Prince, to whom they expressed
            # gratitude": "they" are the two named before it, of one side, not the two sides
            role, side = pair.role, pair.side
        elif kind == "both" and (other := _others(text, s, e, kept, found, lex, own, counterpart)):
            # "the leaders of the G7", "Лидеры стран G7", "他们" after "欧洲国家": a third party
            role, side = "third", other
        elif kind == "both":
            role = "both"
        elif kind == "generic" and kept and kept[-1].role in ("own", "counterpart", "third") \
                and not text[kept[-1].end:s].strip() and not _SIDE_NOUN_END.search(kept[-1].text) \
                and not _after_marker(text, kept[-1].start, lex.object_markers, lex.boundaries,
                                      kept[-2].end if len(kept) > 1 else 0):
            # "Американский президент", "印度外长": the title is the named side's, not our own.
            role, side = kept[-1].role, kept[-1].side
        elif kind == "generic" and side == "counterpart":
            # "his counterpart", "коллега": the principal the readout's own side spoke with, or the
            # side named right before it ("his Ukrainian counterpart", "американский коллега")
            if kept and kept[-1].role in ("own", "counterpart", "third") and not text[kept[-1].end:s].strip():
                role, side = kept[-1].role, kept[-1].side
            else:
                role, side = "counterpart", counterpart or ""  # "" when the counterpart is not known
        elif kind == "generic":
            # A bare title is the readout's own principal's, unless only the counterpart's side
            # uses it ("the Foreign Minister" in a US readout is Lavrov; lexicon title_sides)
            holders = lex.title_sides.get(_SPACES.sub(" ", text[s:e]).casefold())
            role, side = ("counterpart", counterpart) if holders and own not in holders and counterpart in holders \
                else ("own", own)
        elif kind == "pronoun" and (surname := _surname_side(text, s, e, lex, names)) is not None:
            # "Vice Premier He": a capitalised pronoun after a title, mid-sentence, is a surname
            if not surname:
                continue
            side = surname
            role = "own" if side == own else "counterpart" if counterpart is None or side == counterpart else "third"
        elif kind == "pronoun":
            role = "pronoun"
        elif side == own:
            role = "own"
        elif counterpart is None or side == counterpart:
            role = "counterpart"
        else:
            role = "third"
        kept.append(Mention(s, e, text[s:e], side, role))
    if lex.first_person is not None:
        kept = sorted(kept + _first_person(text, lex, kept, own, counterpart), key=lambda m: m.start)
    return kept


#: A side named by its noun ("the American side", "американской стороны"): a whole noun phrase, so a
#: title right after it opens a new one ("По инициативе американской стороны Министр ... провёл": the
#: readout's own minister), where after a side's adjective or name it is that side's ("Американский президент").
_SIDE_NOUN_END = re.compile(r"(?:\bsides?|(?<![а-яё])сторон(?:а|ы|е|у|ой|ою))$", re.IGNORECASE)


#: Quotation marks: each opening mark with its closing one; a straight double quote closes itself.
_QUOTE_PAIRS = {"“": "”", "«": "»", "„": "“", "「": "」", "『": "』", '"': '"'}
_QUOTE_OPEN = re.compile("[" + re.escape("".join(_QUOTE_PAIRS)) + "]")
#: What opens a trailing reporting frame after a quote or a comma ('", Wang said', "», — заявил Лавров", "”，布林肯说").
_FRAME_LEAD = re.compile(r"[\s,，—–-]*")
#: What ends a trailing reporting frame, or the text before a quote that a frame opens ("Wang said: “").
_FRAME_STOP = re.compile(r"[,，.;:!?。；：！？«»“”\"「」]")
_QUOTE_LEAD = re.compile(r"[:：,，]\s*$")
_SENTENCE_MARK = re.compile(r"[.!?。！？；;](?=[\s\"”»」]|$)|[。！？；]")


def _correlative(text: str, s: int, e: int, found: Sequence[tuple[int, int, str, str]], lex: Lexicon) -> bool:
    """Whether the term at ``s:e`` is a bare correlative word (lexicon ``correlatives``: "both")
    that opens a pair of actors named right after it, joined by one of its ``joiners`` ("both Russia
    and Ukraine", "both the United States and China", an article before each at most): the pair
    names the parties, which need not be the call's two sides, so the word names no side itself.
    So after one of its ``before`` words (a verb that takes an object, a preposition) where a few
    words, no comma, act term nor ``not_between`` word among them, run to the joiner: a pair of
    nouns ("have both differences and convergences", "in both word and deed"), no actor."""
    if lex.correlative_joint is None or text[s:e].casefold() not in lex.correlative_words:
        return False

    def starts(pos: int) -> tuple[int, ...]:  # where an actor right at ``pos`` may start: its article first, or not
        art = lex.correlative_article.match(text, pos) if lex.correlative_article is not None else None
        return (pos,) if art is None else (pos, art.end())

    pos = e + len(text[e:]) - len(text[e:].lstrip())
    if pos == e:
        return False
    for first in (x for x in found if x[0] in starts(pos) and x[3] == "side"):
        joint = lex.correlative_joint.match(text, first[1])
        if joint is not None and any(x[0] in starts(joint.end()) and x[3] == "side" for x in found):
            return True
    # "have both differences and convergences", "in both word and deed": after a word of ``before``
    # (a verb that takes an object, a preposition) it opens a pair of nouns, a few words with no
    # comma, no act term and no infinitive before the joiner; no actor acts there
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if before is None or before.group(1).casefold() not in lex.correlative_before:
        return False
    pair = lex.correlative_pair.match(text, pos) if lex.correlative_pair is not None else None
    return pair is not None and not any(w.casefold() in lex.correlative_not for w in pair.group().split()) \
        and not any(True for _ in _scan_items(lex.acts, pair.group(), _folded(pair.group())))


#: The word right before a position, white space after it at most.
_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+$")


def _floating_both(text: str, s: int, e: int, found: Sequence[tuple[int, int, str, str]], lex: Lexicon) -> bool:
    """Whether the bare correlative word at ``s:e`` ("both") refers to two things that are no
    actors: floated after an auxiliary (lexicon ``correlatives`` ``floats_after``) whose subject,
    back to a clause mark or a ``subject_openers`` word, holds no actor nor auxiliary ("Xi noted that turbulence
    and transformation are both advancing"; not "China and the US are both", "they are both"); or
    the subject of a clause after ", and" that follows two clauses or more, each with an auxiliary
    whose subject holds no actor but a possessive ("China's foreign policy is open, its strategic
    intentions are aboveboard, and both have stayed consistent")."""
    if not lex.correlative_float or text[s:e].casefold() not in lex.correlative_words:
        return False
    before = _WORD_BEFORE.search(text, max(0, s - 30), s)
    if before is None:
        return False
    word = before.group(1).casefold()

    def no_actor(lo: int, hi: int) -> bool:  # no actor term in text[lo:hi] but a possessive ("China's")
        return not any(lo <= x[0] < hi and not re.match(r"['’]s?\b", text[x[1]:x[1] + 2]) for x in found)

    if word in lex.correlative_float:
        lo = max([m.end() for m in re.finditer(r"[,;:.!?]", text[:before.start()])]
                 + [m.end() for m in _GAP_WORD.finditer(text, 0, before.start())
                    if m.group().casefold() in lex.correlative_openers] + [0])
        # a subject holds no auxiliary of its own ("China and the US, two great nations, are each
        # pursuing their dreams and are both committed": past the comma is a predicate, no subject)
        return bool(text[lo:before.start()].strip()) and no_actor(lo, before.start()) \
            and not any(w.group().casefold() in lex.correlative_float for w in _GAP_WORD.finditer(text, lo, before.start()))
    if word not in lex.correlative_joiners or not text[:before.start()].rstrip().endswith(","):
        return False
    head = text[:before.start()].rstrip()[:-1]
    lo = max([m.end() for m in re.finditer(r"[;:.!?]\s", head)] + [0])
    parts, pos = [], lo
    for piece in head[lo:].split(","):
        parts.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if len(parts) < 2:
        return False
    for a, b in parts:
        aux = next((m for m in _GAP_WORD.finditer(text, a, b) if m.group().casefold() in lex.correlative_float), None)
        if aux is None or not text[a:aux.start()].strip() or not no_actor(a, aux.start()):
            return False
    return True


def _quotes(text: str) -> list[tuple[int, int]]:
    """The spans of the quotations in ``text``, marks included; one left open runs to the end."""
    out, k = [], 0
    while (m := _QUOTE_OPEN.search(text, k)) is not None:  # a regex search, not a loop over characters
        k = m.start()
        close = _QUOTE_PAIRS[text[k]]
        end = text.find(close, k + 1)
        end = len(text) if end < 0 else end + 1
        out.append((k, end))
        k = end
    return out


def _frame_actor(text: str, pos: int, lex: Lexicon, mentions: Sequence[Mention]) -> Mention | None:
    """The actor of a short reporting frame that opens at ``pos`` and ends its clause (", Wang
    said.", "», — заявил Лавров.", "”，布林肯说。", ", he added"): an act term that commits to
    nothing and one actor or pronoun, a few words in all (twelve characters in Chinese)."""
    lead = _FRAME_LEAD.match(text, pos).end()
    stop = _FRAME_STOP.search(text, lead)
    end = stop.start() if stop else len(text)
    if end <= lead or (len(text[lead:end].split()) > 6 if lex.boundaries else end - lead > 12):
        return None
    who = [m for m in mentions if lead <= m.start and m.end <= end and m.role in ("own", "counterpart", "third", "pronoun")]
    said = [a for a in _acts_raw(text[:end], lex, mentions) if a[0] >= lead and not a[5]]
    if len(who) != 1 or not said:
        return None
    # the frame opens with its actor (titles before it at most) or its verb ("said Wang", "заявил
    # Лавров"); not with a clause of its own (", and Xi disagreed")
    opens = _FRAME_SUBJECT.fullmatch(text, lead, who[0].start) or said[0][0] == lead
    return who[0] if opens and not _COORDINATOR.match(text, lead) else None


def _first_person(text: str, lex: Lexicon, mentions: Sequence[Mention], own: str,
                  counterpart: str | None) -> list[Mention]:
    """Mentions of the first person plural (lexicon ``first_person``: "we", "мы", "我们") that an
    attribution makes a side's: in a quotation, the actor of the reporting frame right after it or
    the subject of the one before it ('"We oppose the sanctions," Wang said', "Лавров заявил: «Мы
    ...»"); outside one, the actor of a trailing frame of its sentence ("We oppose the sanctions,
    Blinken said."), else the readout's own side where it opens its sentence or clause ("We hope
    the US will ...", "In addition, we ...") or opens what the own side's actor reports
    ("王毅表示，我们反对制裁"). Attributed to a pronoun, it is a pronoun ("We have to avoid the
    worst, he added"). Any other, and one of the two sides together ("we both", "我们两人"), is
    none: an attribution the readout does not make ("Blinken said we should talk")."""
    spec = lex.first_person
    out: list[Mention] = []
    quotes = _quotes(text)
    for m in _find(spec[0], text):
        s, e = m.span()
        # "мы с Президентом Трампом": an actor joined to it, titles and names between at most
        w = spec[2].match(text, e) if spec[2] is not None else None
        joined = next((x for x in mentions if w is not None and x.start >= w.end() and x.role in ("own", "counterpart")
                       and _NAMES_ONLY.fullmatch(text, w.end(), x.start)), None)
        if joined is None and spec[1] is not None and spec[1].match(text, e):  # "we both", "我们两人"
            continue
        who = _attributed_first_person(text, s, e, lex, mentions, own, quotes)
        if who is None and joined is not None:
            # unattributed, "мы с Трампом" is the side the joined actor is not, so the two act together
            other = counterpart if joined.side == own else own
            who = Mention(s, e, text[s:e], other, "own" if other == own else "counterpart") if other else None
        if who is not None:
            out.append(Mention(s, e, text[s:e], who.side, who.role))  # a pronoun's side is "pronoun"
    for m in _find(spec[3], text):
        # "President Xi and I": the singular joined after an actor, attributed as the phrase would be
        s, e = m.span()
        x = next((x for x in reversed(mentions) if x.end <= s and x.role in ("own", "counterpart")
                  and _AND_I.fullmatch(text, x.end, s)), None)
        who = _attributed_first_person(text, x.start, e, lex, mentions, own, quotes) if x is not None else None
        if who is None and spec[2] is not None and x is None:
            # "我和特朗普总统同意", "я с Президентом Трампом": the singular with an actor joined after it
            # (a ``with`` word, titles and names between at most), read as "мы с ..." is
            w = spec[2].match(text, e)
            joined = next((y for y in mentions if w is not None and y.start >= w.end() and y.role in ("own", "counterpart")
                           and _NAMES_ONLY.fullmatch(text, w.end(), y.start)), None)
            if joined is not None:
                who = _attributed_first_person(text, s, e, lex, mentions, own, quotes)
                if who is None:
                    other = counterpart if joined.side == own else own
                    who = Mention(s, e, text[s:e], other, "own" if other == own else "counterpart") if other else None
        if who is not None:
            out.append(Mention(s, e, text[s:e], who.side, who.role))
    return out


#: What joins an actor to the first person singular after it ("President Xi and I", "Президент Трамп и я").
_AND_I = re.compile(r"\s*(?i:and|и)\s+")


def _attributed_first_person(text: str, s: int, e: int, lex: Lexicon, mentions: Sequence[Mention], own: str,
                             quotes: Sequence[tuple[int, int]]) -> Mention | None:
    """The actor that the first person plural at ``s``-``e`` is attributed to (:func:`_first_person`), else None."""
    quote = next(((qs, qe) for qs, qe in quotes if qs < s < qe), None)
    lo = quote[0] if quote else 0
    marks = [x.end() for x in _SENTENCE_MARK.finditer(text, lo, s)]
    start = marks[-1] if marks else (lo + 1 if quote else 0)
    ends = [x.end() for x in _SENTENCE_MARK.finditer(text, e)]
    who: Mention | None = None
    if quote is not None:
        qs, qe = quote
        who = _frame_actor(text, qe, lex, mentions) if qe < len(text) and not _QUOTE_LEAD.search(text, 0, qs) \
            else None
        if who is None and _QUOTE_LEAD.search(text, 0, qs):
            # "Wang said: “We ...”": the subject that opens the sentence before the quote
            head = [x.end() for x in _SENTENCE_MARK.finditer(text, 0, qs)]
            first = next((x for x in mentions if x.start >= (head[-1] if head else 0) and x.end <= qs), None)
            if first is not None and first.role in ("own", "counterpart", "third", "pronoun") \
                    and lex.name_prefix.fullmatch(text, head[-1] if head else 0, first.start) \
                    and any(a[0] >= first.end and not a[5] for a in _acts_raw(text[:qs], lex, mentions)):
                who = first
        if who is None or not lex.name_prefix.fullmatch(text, start + (text[start] in _QUOTE_PAIRS if start < s else 0), s) \
                and not _first_after_report(text, start, s, lex, mentions):
            return None
    else:
        stop = ends[0] if ends else len(text)
        comma = max(text.rfind(",", e, stop), text.rfind("，", e, stop))
        who = _frame_actor(text, comma + 1, lex, mentions) if comma > e else None
        opens = lex.name_prefix.fullmatch(text, start, s) is not None
        if who is None and opens:
            who = Mention(s, e, text[s:e], own, "own")
        elif who is None and (x := _first_after_report(text, start, s, lex, mentions)) is not None \
                and x.role == "own":
            who = x
        elif who is None or not opens:
            return None
    return who


#: What may stand between a reporting act and what it reports: a comma or colon, "that" / "что" at most.
_REPORT_GAP = re.compile(r"\s*[,，:：]?\s*(?:(?i:that|что)\s+)?")


def _first_after_report(text: str, start: int, pos: int, lex: Lexicon, mentions: Sequence[Mention]) -> Mention | None:
    """The actor that opens the sentence at ``start`` and reports what ``pos`` opens, right after its
    reporting act ("王毅表示，我们…", "Wang said that we ..."): the actor, else None."""
    first = next((x for x in mentions if start <= x.start and x.end <= pos), None)
    if first is None or first.role not in ("own", "counterpart", "third") \
            or not lex.name_prefix.fullmatch(text, start, first.start):
        return None
    acts = [a for a in _acts_raw(text[:pos], lex, mentions) if a[0] >= first.end and not a[5]]
    return first if acts and _REPORT_GAP.fullmatch(text, acts[-1][1], pos) else None


# -- narrators ----------------------------------------------------------------------------------
#: What joins a title to an actor before it ("Lavrov and Presidential Aide Ushakov held talks",
#: "Лавров и помощник президента Ушаков"): the two act together, as parties, and neither narrates.
_JOINED_BEFORE = re.compile(r"(?:(?<!\w)(?i:and|и)|和|与|同)\s*(?:[A-ZА-ЯЁ][\w\-]*\.?\s*)*$")
#: Between a name and a narrator title after it: a comma, an article at most and two words at most
#: ("Ushakov, the Kremlin aide", "Yuri Ushakov, aide to the President").
_APPOSITION = re.compile(r"\s*,\s*(?:(?i:the|a|an)\s+)?(?:[\w\-]+\s+){0,2}")
#: A run of capitalised words and initials right after a title: the name of an unknown holder
#: ("Spokesperson Mao Ning", "Press Secretary Karoline Leavitt").
_NAME_RUN = re.compile(r"(?:[ \t]+[A-ZА-ЯЁ][\w\-]*(?:\.|(?=[ \t,]|$)))+")
_GAP_STOP = re.compile(r"[,;:!?。；：！？，、]")
#: After a narrator title, what closes an apposition ("Ushakov, the Kremlin aide, said", "Yuri
#: Ushakov, aide to the President of Russia (briefing ..."), not "Trump, the aide said".
_APPOSITION_END = re.compile(r"(?:\s+(?i:to|of|for|the)|\s+[A-ZА-ЯЁ][\w\-]*)*\s*[,(]")
#: What, right after an actor, says that the title's holder is not that actor: a name or a qualifier after it.
_HOLDER_GOES_ON = re.compile(r"[ \t]+(?:[A-ZА-ЯЁ]|(?i:to|of|for|on|по|при|в|на|для)(?!\w))")
#: A capitalised word right before an actor: its first name ("Юрий Ушаков", "Yuri Ushakov").
_FIRST_NAME_END = re.compile(r"(?<![\w.])[A-ZА-ЯЁ][a-zа-яё]+\s+$")
#: A preposition right before an actor makes it the title's object ("an aide to Putin"), not its holder.
_HOLDER_PREPOSITION = re.compile(r"(?<!\w)(?i:to|of|for|with|by|from|at|in|on|and|с|со|к|при|от|для|у|о|об|"
                                 r"в|на|и)\s*$|[向同与和对]\s*$")


def _title_word(word: str, lex: Lexicon) -> bool:
    """Whether a word is a title of the lexicon's, in a case of its own ("Президента" for
    "президент", "Secretary"): a generic actor or narrator title, less an ending of up to two letters."""
    stems = [word[:len(word) - n] for n in range(3) if len(word) - n >= 3]
    pats = [p for p, _, kind in lex.actors if kind in ("generic", "both")] + list(lex.narrator_titles)
    return any(p.fullmatch(w) or p.fullmatch("the " + w) for w in stems for p in pats)


def _name_key(word: str) -> str:
    """A name as a narrator is remembered by: its last word, composed (NFC, as the cues read it;
    a mention's text is the point's own), without hidden characters, case-folded, without "'s", in
    simplified characters (a Chinese mention's text is as written: "習近平" is "习近平")."""
    word = fold_traditional(unicodedata.normalize("NFC", _HIDDEN.sub("", word)))
    return re.sub(r"['’]s$", "", word.split()[-1].casefold()) if word.split() else ""


#: Russian Cyrillic letters in Latin, to tell one name in two scripts ("ушаков", "ushakov"): see :func:`_latin_key`.
_CYRILLIC_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "є": "ye", "і": "i", "ї": "yi", "ґ": "g"})


def _latin_key(key: str) -> str:
    """A name key in Latin letters, loosely spelled: Cyrillic transliterated, and the letters that
    transliterations spell differently made one ("Yury"/"Yuri"/"Юрий", "Zakharova"/"Захарова")."""
    key = key.translate(_CYRILLIC_LATIN)
    return re.sub(r"(.)\1", r"\1", key.replace("j", "y").replace("y", "i").replace("x", "ks").replace("kh", "h")
                  .replace("w", "v"))


def _same_name(a: str, b: str) -> bool:
    """Whether two name keys are one name: equal, or (four letters at least) one the other with a
    case ending of up to two letters ("ушаков" and "ушакова"); keys in two scripts are compared in
    Latin letters (:func:`_latin_key`: "ushakov" and "ушакова")."""
    if bool(_CYRILLIC.search(a)) != bool(_CYRILLIC.search(b)):
        a, b = _latin_key(a), _latin_key(b)
    short, long_ = sorted((a, b), key=len)
    return a == b or (len(short) >= 4 and long_.startswith(short) and len(long_) - len(short) <= 2)


def _narrate(text: str, lex: Lexicon, mentions: list[Mention], names: dict[str, str], own: str,
             known: Iterable[str] = ()) -> list[Mention]:
    """``mentions`` with the narrators' role made ``"narrator"``: those who report the call for a
    government but take no part in it. A narrator is named by one of the lexicon's
    ``narrator_titles`` ("Spokesperson Mao Ning", "пресс-секретарь Дмитрий Песков", "发言人毛宁说",
    "Ushakov, the Kremlin aide", "заявил помощник президента Юрий Ушаков"): the actor right after
    the title (titles and names between, no act), else one before it with a comma ("Ushakov, the
    Kremlin aide"), else the title itself, with a name right after it ("the spokesperson said",
    "Spokesperson Mao Ning said"), which becomes a mention of its own; or by a name in ``known``
    (a name its readout has shown to be a narrator's: in its issuer or an earlier point). A
    participant (``names``) is a party to the call, never a narrator, and so is one joined to
    another actor ("Lavrov and Presidential Aide Ushakov held talks"). A narrator's acts have no
    speaker of the call (:func:`_role_side`), so a point whose narrator reports what a speaker
    said ("According to Ushakov, Trump said ...") is that speaker's."""
    titles = _find(lex.narrator_titles, text) if lex.narrator_titles else []
    known = tuple(known)
    if not titles and not known:
        return mentions
    parties = [_term_regex(n, lex.boundaries or not _HAN.search(n)) for n in names]
    # a participant listed in Latin letters, spelled in this script ("Уиткоффа" for "Steve Witkoff")
    latin = [n for n in names if n.isascii() and n.isalpha() and n[:1].isupper()] if lex.romanisation else []

    def party(s: int, e: int) -> bool:
        return any(p.search(text[s:e]) for p in parties) or any(
            not w.group().isascii() and _spelled_as(w.group(), n, lex) for w in _capitalised_words(text[s:e]) for n in latin)

    out = list(mentions)
    narrators: set[int] = set()  # indices into out
    added: list[Mention] = []
    for t in titles:
        if any(m.start < t.end() and t.start() < m.end for m in out) or _JOINED_BEFORE.search(text[:t.start()]):
            continue
        def holds(lo: int, k: int) -> bool:  # whether out[k] is the holder of a title ending at lo
            gap = text[lo:out[k].start]
            return out[k].role not in ("pronoun", "both") and not _GAP_STOP.search(gap) \
                and (len(gap.split()) <= 6 if lex.boundaries else len(gap.strip()) <= 4) \
                and not _HOLDER_PREPOSITION.search(_NAMES_AT_END.sub("", gap.rstrip() + " ")) \
                and not any(p.search(gap) for p, *_ in _acts_in(gap, lex))

        k = next((i for i, m in enumerate(out) if m.start >= t.end()), None)
        if k is not None and holds(t.end(), k):
            # the last of a run of actors names the holder ("помощник президента России Юрий Ушаков"),
            # unless the name goes on, or a qualifier ("помощник президента США по национальной
            # безопасности Майкл Уолц": the US qualifies the title, the holder is not known)
            # A person's name, a first name before it, ends the run ("Комментарий помощника
            # Президента Юрия Ушакова по итогам разговора Владимира Путина" is Ushakov's, not
            # Putin's) and takes no qualifier after it ("помощник президента Юрий Ушаков в беседе с
            # журналистами"): only a title's side does ("помощником Президента США по национальной
            # безопасности"). A capitalised title word ("Президента", "President") is no first name.
            def person(lo: int, k: int) -> bool:
                first = _FIRST_NAME_END.search(text, lo, out[k].start)
                return first is not None and not _title_word(first.group().strip(), lex)

            lo = t.end()
            while k + 1 < len(out) and not person(lo, k) and holds(out[k].end, k + 1):
                lo, k = out[k].end, k + 1
            goes_on = _HOLDER_GOES_ON.match(text, out[k].end)
            if not party(out[k].start, out[k].end) and not (lex.boundaries and goes_on and not (
                    person(lo, k) and not goes_on.group().strip()[:1].isupper())):
                narrators.add(k)
            continue
        # the actor before the apposition's comma, actors of the title between ("Ushakov, the Kremlin aide,")
        k = next((i for i in range(len(out) - 1, -1, -1) if out[i].end <= t.start()
                  and _APPOSITION.fullmatch(text, out[i].end, t.start())), None)
        if k is not None and out[k].role not in ("pronoun", "both") and _APPOSITION_END.match(text, t.end()):
            if not party(out[k].start, out[k].end):
                narrators.add(k)
            continue
        end = t.end()
        if lex.boundaries and (run := _NAME_RUN.match(text, end)):
            end = run.end()
        if not party(t.start(), end) and not any(m.start < end and t.start() < m.end for m in out + added):
            added.append(Mention(t.start(), end, text[t.start():end], own, "narrator"))
    for i, m in enumerate(out):
        if m.role in ("own", "counterpart", "third") and not party(m.start, m.end) \
                and any(_same_name(_name_key(m.text), k) for k in known):
            narrators.add(i)
    out = [replace(m, role="narrator") if i in narrators else m for i, m in enumerate(out)]
    return sorted(out + added, key=lambda m: (m.start, m.end))


#: Words in what qualifies a both-sides term that keep it both sides ("the leaders of the two countries").
#: A sentence that opens with a capitalised subject and a verb of being ("NATO Allies are united", "The
#: Allies have made clear"): a plural pronoun after it is that subject.
_PLURAL_SUBJECT = re.compile(r"\s*((?:The\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:are|were|have|remain)(?!\w)")
_TWO = re.compile(r"(?<!\w)(?:two|both|двух|обеих|обоих)(?!\w)|两|二|双", re.IGNORECASE)


_PEOPLE_JOIN = re.compile(r"\s*(?:(?i:and|и)(?!\w)|和|与)\s*")
_PEOPLE_JOIN_BEFORE = re.compile(r"(?:(?<!\w)(?i:and|и)|和|与)\s*$")


def _people_end(text: str, s: int, e: int, found: Sequence[tuple[int, int, str, str]], lex: Lexicon,
                joined: bool = True, spans: _Spans | None = None) -> int | None:
    """Where the people a side's actor term at ``s:e`` names ends, None where it names no people.

    A people word right after the term ("the Chinese people", "российский народ", "中国人民": its
    end) or right before it ("народ России", "the people of China": ``e``) makes it a nation's
    people, and so does one that two terms joined by "and" share ("the American and Chinese
    peoples", "народы России и США"). ``spans``: ``found`` by where each starts and ends, where the
    caller has read them."""
    pos = e + len(text[e:e + 8]) - len(text[e:e + 8].lstrip())
    for p in lex.people_after:
        if (m := p.match(text, pos)) and text[m.end():m.end() + 1] not in ("-", "\u2010", "\u2011"):  # "people-to-people"
            return m.end()
    head = text[max(0, s - 30):s]
    stripped = head.rstrip()
    if stripped != head or not lex.boundaries:
        for p in lex.people_before:
            if any(m.end() == len(stripped) for m in p.finditer(stripped)):
                return e
    if joined and (j := _PEOPLE_JOIN.match(text, e)):
        nxt = next((x for x in (spans.starting(j.end()) if spans is not None else found)
                    if x[0] == j.end() and x[3] == "side"), None)
        if nxt is not None and _people_end(text, nxt[0], nxt[1], found, lex, joined=False) not in (None, nxt[1]):
            return e  # "the American and Chinese peoples": the people word after the second term
    if joined and (j := _PEOPLE_JOIN_BEFORE.search(text, max(0, s - 8), s)):
        prev = next((x for x in (spans.ending(j.start(), j.start()) if spans is not None else found)
                     if x[1] == j.start() and x[3] == "side"), None)
        if prev is None:  # ended by white space alone before the "and": the spans that end in that run
            prev = next((x for x in (spans.ending(_space_start(text, j.start()), j.start()) if spans is not None
                                     else found)
                         if x[3] == "side" and x[1] <= j.start() and not text[x[1]:j.start()].strip()), None)
        if prev is not None and _people_end(text, prev[0], prev[1], found, lex, joined=False) == prev[1]:
            return e  # "народы России и США": the people word before the first term
    return None


#: What joins two actors into one plural subject ("Lavrov and Ushakov", "Лавров и Ушаков").
_PAIR_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|и)\s+$", re.IGNORECASE)


def _one_side_pair(text: str, s: int, e: int, kept: Sequence[Mention], lex: Lexicon) -> Mention | None:
    """For a plural pronoun at ``s:e`` ("they", "они"): the mention it stands for where every actor
    named before it in its sentence is of one side and two of them are joined ("Lavrov and Ushakov
    ..., to whom they expressed gratitude"), else None (then "they" are the two sides)."""
    if text[s:e].casefold() not in lex.plural_pronouns or not lex.boundaries:
        return None
    start = max(text.rfind(".", 0, s), text.rfind(";", 0, s)) + 1
    before = [m for m in kept if start <= m.start and m.end <= s]
    if len(before) < 2 or any(m.role not in ("own", "counterpart") for m in before) \
            or len({m.side for m in before}) != 1:
        return None
    joined = any(_PAIR_JOIN.fullmatch(text, a.end, b.start) for a, b in zip(before, before[1:]))
    return before[-1] if joined else None


def _others(text: str, s: int, e: int, kept: Sequence[Mention], found: Sequence[tuple[int, int, str, str]],
            lex: Lexicon, own: str, counterpart: str | None) -> str:
    """The third party a both-sides term at ``s:e`` names instead, "" where it names both sides.

    A both-sides term qualified by others ("the leaders of the G7", "the parties to the conflict",
    "Лидеры стран G7", "Президенты Франции и Германии") names them, unless the qualifier names the
    two sides ("the leaders of the two countries", "министры России и США"); a plural pronoun
    ("they", "они", "他们") right after a third party names it."""
    if text[s:e].casefold() in lex.plural_pronouns:
        if kept and kept[-1].role == "third":
            return kept[-1].side
        # "everybody says they want peace": anyone at all, no side of the call (``indefinite_subjects``)
        if lex.indefinite_subject is not None and lex.boundaries \
                and (q := lex.indefinite_subject.search(text, max(0, s - 60), s)) is not None \
                and not any(q.start() <= m.start < s for m in kept):
            return "other"
        # "NATO Allies are united, and they reject ...": a clause subject the lexicons do not know
        opening = _PLURAL_SUBJECT.match(text, max(0, text.rfind(".", 0, s) + 1), s)
        if opening and not any(m.start < opening.end(1) for m in kept) and lex.boundaries:
            return "other"
        return ""
    if (before := _qualified_before(text, s, lex, own, counterpart)) is not None:
        return before
    if lex.qualifier is None or lex.not_qualifier is not None and lex.not_qualifier.match(text, e):
        return ""
    q = lex.qualifier.match(text, e)
    w = _NEXT_WORD.match(text, e)
    if q:
        start = q.start(1)
    elif lex.capitalised_qualifier and (m := re.match(r"[ \t]*«", text[e:])):
        start = e + m.end()  # a name in quotes: "Лидеры «нормандской четверки»"
    elif lex.capitalised_qualifier and w and (w.group(1)[0].isupper() or lex.qualifier.match(text, w.end())):
        # a genitive name right after the term ("Президенты Франции"), or a marker after an
        # adjective ("лидеры европейских государств")
        start = w.start(1)
    else:
        return ""
    words = list(_GAP_WORD.finditer(re.split(r"[.,;:!?]", text[start:start + 80])[0]))[:6]
    end = start + words[-1].end() if words else start
    for a in _find(tuple(p for p, *_ in _acts_in(text[start:end], lex)), text[start:end]):
        end = start + a.start()
        break
    qualifier = text[start:end]
    if not qualifier.strip() or _TWO.search(qualifier):
        return ""
    sides = {side for fs, fe, side, kind in found if kind == "side" and start <= fs and fe <= end}
    if {own, counterpart} <= sides:
        return ""
    named = sides - {own, counterpart}
    return sorted(named)[0] if named else "other"


def _qualified_before(text: str, s: int, lex: Lexicon, own: str, counterpart: str | None) -> str | None:
    """Where words are not spaced, the party a both-sides term at ``s`` names by what stands right
    before it, None where nothing there qualifies it. A compound of two sides' short names names
    them ("俄乌双方": Russia and Ukraine, the first not of the call, as "the leaders of Russia and
    Ukraine" does in English; "中美双方" is the two sides, ""); a ``both_qualifiers`` ``before`` word
    names others ("冲突双方", "当事双方": the parties to the conflict, as Russian "стороны конфликта")."""
    if lex.boundaries:
        return None
    if any(text.startswith(w, s - len(w)) for w in lex.qualifiers_before if len(w) <= s):
        return "other"
    shorts = lex.side_shorts
    if s >= 2 and text[s - 2] in shorts and text[s - 1] in shorts and text[s - 2] != text[s - 1]:
        named = {shorts[text[s - 2]], shorts[text[s - 1]]}
        if named == {own, counterpart}:
            return ""
        others = [shorts[ch] for ch in text[s - 2:s] if shorts[ch] not in (own, counterpart)]
        return others[0] if others else None
    return None


_TITLE_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+$")


def _surname_side(text: str, s: int, e: int, lex: Lexicon, names: dict[str, str]) -> str | None:
    """For a pronoun term at ``s:e``: None where it is a pronoun; where it is a surname ("He" in
    "Vice Premier He", capitalised right after a capitalised title in mid-sentence), the side of a
    participant or lexicon name holding that word ("He Lifeng"), or "" if no name holds it."""
    word = text[s:e]
    if not lex.boundaries or not word[:1].isupper() or " " in word or not _TITLE_BEFORE.search(text, 0, s):
        return None
    for name, side in list(names.items()) + [(t, sd) for sd, terms in lex.side_terms.items() for t in terms]:
        if word in name.split()[:-1] or (name.split() and name.split()[-1] == word and " " in name):
            return side
    return ""


#: A hyphen or dash right between two names, no space: the names modify a noun together ("the
#: China-Russia partnership", "US–China ties", "U.S.-Russia issues") and name no actor.
_COMPOUND_DASH = re.compile(r"[-\u2010\u2011\u2012\u2013\u2014]")


def _subjects(text: str, mentions: list[Mention], lex: Lexicon) -> list[Mention]:
    """The mentions that can be an act's speaker: not a name joined to another by a hyphen or dash
    (:data:`_COMPOUND_DASH`: "China-US relations"), not the object of "向" ("习近平向拜登介绍"), and not
    an actor told what to do ("the US should", "美方必须", "双方应当"; "Americans must" in a
    readout is the speaker's demand; "the US cannot keep ..." where the US is not the readout's own
    side: lexicon ``negated_abilities``)."""
    told = _obligation_starts(text, lex) if mentions else []
    if told and (init := _initiative_phrase(text, lex, mentions)) is not None:
        # "习近平应拜登邀请": the "应" that opens an initiative phrase (at the invitation of) tells
        # no one what to do, as "应约" and "应美方请求" (lexicon ``not_obligations``) do not
        told = [o for o in told if not init.start <= o < init.end]
    denied = [o.start() for o in _find(lex.negated_abilities, text)] if mentions else []
    out = []
    objects: list[Mention] = []
    for k, m in enumerate(mentions):
        floor = mentions[k - 1].end if k else 0
        # The object of a marker, and any name or title run on from it ("в разговоре с
        # госсекретарем США Энтони Блинкеном", "在同美国总统拜登通电话时")
        if _after_marker(text, m.start, lex.object_markers, lex.boundaries, floor) or (
                objects and _NAMES_ONLY.fullmatch(text, objects[-1].end, m.start)
                and m.text.split()[0].casefold() not in lex.determiners):  # "with Lavrov the Secretary said"
            objects.append(m)
            continue
        if _told_at(text, m, told if m.role == "own" else told + denied, lex) or _addressed(text, m, lex):
            continue
        if not lex.boundaries and _ZH_SUO.match(text, m.end):
            continue  # "美方所谓的“民主”": the subject of a "所" relative clause names whose word it is, no speaker
        if _modified_head(text, m.end, lex) and not (lex.boundaries and text[max(0, m.start - 1):m.start] in "-–—‑"
                                                     and m.start > 0):
            # "无助于提振美国经济", "US actions": the actor qualifies the noun right after it
            # (:func:`_modifies_noun`); a compound's name ("one-China policy") is read as before
            continue
        if not lex.boundaries and text.endswith("一个", 0, m.start):
            continue  # "一个中国原则": one China, no actor
        if k and mentions[k - 1].text.casefold() in lex.counterpart_titles and mentions[k - 1].side != m.side \
                and _NAMES_ONLY.fullmatch(text, mentions[k - 1].end, m.start):
            continue  # whose counterpart: "Американский коллега Сергея Лаврова согласился"
        if k and _COMPOUND_DASH.fullmatch(text, mentions[k - 1].end, m.start) \
                or k + 1 < len(mentions) and _COMPOUND_DASH.fullmatch(text, m.end, mentions[k + 1].start):
            continue  # a name in a compound modifier: "China-Russia partnership", "US–China ties"
        out.append(m)
    return out


#: A Chinese "所" relative clause right after its subject ("美方所谓的", "美方所作的承诺"); not "所以", "所有".
_ZH_SUO = re.compile(r"所(?![以有])")


def _cleft_focus(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the actor ``m`` is an it-cleft's focus (lexicon ``it_clefts``): "it is the United
    States that is ..."."""
    return lex.cleft_opener is not None and lex.cleft_relative is not None \
        and lex.cleft_opener.search(text, max(0, m.start - 20), m.start) is not None \
        and lex.cleft_relative.match(text, m.end) is not None


def _concluded(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a connective that draws a conclusion (lexicon ``conclusions``) opens the point right
    before the actor ``m`` ("Therefore, the US ...", "因此，美方") or follows it, a word between at
    most ("The US is therefore ..."); or a phrase that denies it the standing to act follows it
    (lexicon ``no_standing``: "The US is in no position to ...", "美方无权")."""
    if lex.no_standing is not None and lex.no_standing.match(text, m.end) is not None:
        return True
    return lex.conclusion_before is not None and lex.conclusion_after is not None \
        and (lex.conclusion_before.fullmatch(text, len(text) - len(text.lstrip()), m.start) is not None
             or lex.conclusion_after.match(text, m.end) is not None)


def _addressed(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the actor ``m`` is in the dative case (its last declinable word ends in one of the
    lexicon's ``dative_endings``) right before a passive auxiliary, a word between at most: the
    addressee of what was done ("Э. Блинкену были разъяснены подходы российской стороны",
    "Госсекретарю был передан ответ"), who does not speak; the teller is unnamed."""
    if lex.passive is None or not lex.dative_endings or m.role == "pronoun":
        return False
    declinable = [w for w in _GAP_WORD.findall(m.text) if not w.isupper()]
    if not declinable or len(declinable[-1]) <= 3 or not declinable[-1].casefold().endswith(lex.dative_endings):
        return False
    for n in (1, 2):
        after = re.match(r"(?:\s+[\w'’-]+){%d}\s+" % n, text[m.end:])
        if after and _passive_before(text, m.end + after.end(), lex):
            return True
    return False


def _obligation_starts(text: str, lex: Lexicon) -> list[int]:
    """Where the obligation words of ``text`` start ("should", "必须"), outside ``not_obligations``."""
    false = [(x.start(), x.end()) for x in _find(lex.not_obligations, text)]
    return [o.start() for o in _find(lex.obligations, text) if not _overlaps(false, o.start(), o.end())]


def _told_at(text: str, m: Mention, told: Sequence[int], lex: Lexicon) -> bool:
    """Whether one of the obligations starting at ``told`` follows the actor ``m`` right after it, or
    after an appositive phrase of the actor and its comma (``appositives``: "中美作为两个大国，应当")."""
    return any(m.end <= o <= m.end + 40 and (_gap_ok(text[m.end:o], lex, 1 if lex.boundaries else 0)
                                             or _zh_told_gap(text[m.end:o], lex)) for o in told) \
        or bool(lex.appositives) and any(
            m.end < o <= m.end + _APPOSITIVE_REACH and text.startswith(lex.appositives, m.end)
            and _APPOSITIVE_PHRASE.fullmatch(text, m.end, o) for o in told)


def _zh_told_gap(gap: str, lex: Lexicon) -> bool:
    """Where words are not spaced (Chinese): whether what stands between an actor and an obligation
    keeps the actor the one told: adverbs of ``side_pairs``' ``gap`` ("美方同样应该", "也应"), after
    a noun joined to the actor at most ("美国和北约也应与俄罗斯对话": the US and NATO are told, as
    "美方应……" is; the speaker is whoever spoke before)."""
    if lex.boundaries or not gap or not lex.pair_gap:
        return False
    return re.fullmatch(r"(?:%s)?(?:%s)*" % (_ZH_JOINED_NOUN.pattern, _alternation(lex.pair_gap)), gap) is not None


#: A noun joined to an actor before an obligation ("和北约" of "美国和北约也应"): see :func:`_zh_told_gap`.
_ZH_JOINED_NOUN = re.compile(r"(?:和|与|及|、)[\u4e00-\u9fff]{1,6}?")


#: An appositive phrase of an actor up to its comma ("作为世界前两大经济体，"), and the most characters
#: it may run to the obligation after it (:func:`_told_at`).
_APPOSITIVE_PHRASE = re.compile(r"[^，,。；;：:！!？?“”]+[，,]")
_APPOSITIVE_REACH = 60


def _told_to(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether an obligation said of an actor right after it ("美方应支持", "Russia has to accept")
    reaches the act at ``start`` as a modal does (:func:`_preceded_by`): "应" of "美方应支持" is
    "should", while "应约", "应邀" ("at the invitation of", lexicon ``not_obligations``) or an
    "应" after no actor are none; one of ``obligation_subjects`` counts as an actor ("各方应支持")."""
    lo = max(0, start - (40 if lex.boundaries else 4))
    found = [(lo + o.start(), lo + o.end()) for o in _find(lex.obligations, text[lo:start])]
    # a negated ability after an actor not the readout's own side is a demand on it as well
    # ("美方不能支持……" in China's readout: must not, as :func:`_told` reads it)
    denied = [(lo + o.start(), lo + o.end()) for o in _find(lex.negated_abilities, text[lo:start])]
    if not found and not denied:
        return False
    false = [(x.start(), x.end()) for x in _find(lex.not_obligations, text)]
    # as for a modal: "Russia must withdraw and reiterated": a finite verb after "and" is none's
    finite = bool(lex.finite_endings) and text[start:_act_end(text, start)].casefold().endswith(lex.finite_endings)
    return any(not _overlaps(false, a, b) and _gap_ok(text[b:start], lex)
               and not (finite and _COORDINATOR.search(text, b, start))
               and (any(_told_at(text, m, [a], lex) for m in mentions)
                    or bool(lex.obligation_subjects) and text.endswith(lex.obligation_subjects, 0, a))
               for a, b in found) \
        or any(_gap_ok(text[b:start], lex) and not (finite and _COORDINATOR.search(text, b, start))
               and any(m.role != "own" and _told_at(text, m, [a], lex) for m in mentions)
               for a, b in denied)


class _Clauses:
    """A point's mentions by where they end and where its clause marks stand, read once: the
    mentions of the clause an act is in, at once, where a scan of every mention for every act
    made a long point quadratic (:func:`_hope_of`)."""

    def __init__(self, text: str, mentions: Sequence[Mention]) -> None:
        self.marks = [m.start() for m in _CLAUSE_MARK.finditer(text)]
        self.mentions = mentions
        self.order = sorted(range(len(mentions)), key=lambda k: mentions[k].end)
        self.ends = [mentions[k].end for k in self.order]

    def before(self, start: int, at_most: int | None = None) -> list[Mention]:
        """The mentions that end at ``start`` or before it with no clause mark between (no
        ``_CLAUSE_MARK.search(text, m.end, start)``), in their order; only those that end
        ``at_most`` characters before it, where given."""
        i = bisect_left(self.marks, start)
        last = self.marks[i - 1] if i else -1  # the clause mark nearest before start
        if at_most is not None:
            last = max(last, start - at_most - 1)
        lo, hi = bisect_right(self.ends, last), bisect_right(self.ends, start)
        return [self.mentions[k] for k in sorted(self.order[lo:hi])]


class _Spans:
    """Spans (mentions, or ``(start, end, ...)`` tuples) by where they start and end, read once: the
    few that start at a position or end in a short range at once, in their own order, where a scan
    of every span for every actor or act made a long point quadratic (:func:`_people_end`,
    :func:`_trailing_frame`). Its callers keep their own tests on what it gives."""

    def __init__(self, spans: Sequence[Any], start: Callable[[Any], int], end: Callable[[Any], int]) -> None:
        self.spans = spans
        self.by_start: dict[int, list[int]] = {}
        self.by_end: dict[int, list[int]] = {}
        for k, x in enumerate(spans):
            self.by_start.setdefault(start(x), []).append(k)
            self.by_end.setdefault(end(x), []).append(k)

    @classmethod
    def of_mentions(cls, mentions: Sequence[Mention]) -> "_Spans":
        return cls(mentions, lambda m: m.start, lambda m: m.end)

    @classmethod
    def of_tuples(cls, spans: Sequence[tuple[int, int, str, str]]) -> "_Spans":
        return cls(spans, lambda x: x[0], lambda x: x[1])

    def starting(self, pos: int) -> list[Any]:
        """The spans that start at ``pos``, in their order."""
        return [self.spans[k] for k in self.by_start.get(pos, ())]

    def ending(self, lo: int, hi: int) -> list[Any]:
        """The spans that end at ``lo`` or after it and at ``hi`` or before it, in their order."""
        if hi - lo > len(self.by_end):
            ks = sorted(k for e, at in self.by_end.items() if lo <= e <= hi for k in at)
        else:
            ks = sorted(k for e in range(lo, hi + 1) for k in self.by_end.get(e, ()))
        return [self.spans[k] for k in ks]


class _Starts:
    """A point's mentions (or its subjects) by where they start, read once: the mentions within a
    span, or from a position on, at once, where a scan of every mention for every act made a long
    point quadratic (:func:`_speaker_of`, :func:`_reported_content`). Both keep the mentions' own
    order; mentions not in the order of their starts are scanned, as before."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        self.ordered = all(a <= b for a, b in zip(self.starts, self.starts[1:]))

    def within(self, lo: int, hi: int) -> list[Mention]:
        """The mentions that lie in ``lo:hi`` (``lo <= m.start and m.end <= hi``), in their order."""
        if not self.ordered:
            return [m for m in self.mentions if lo <= m.start and m.end <= hi]
        return [m for m in self.mentions[bisect_left(self.starts, lo):bisect_right(self.starts, hi)] if m.end <= hi]

    def after(self, lo: int) -> Iterator[Mention]:
        """The mentions that start at ``lo`` or after it, in their order, one by one."""
        if not self.ordered:
            return (m for m in self.mentions if m.start >= lo)
        return (self.mentions[k] for k in range(bisect_left(self.starts, lo), len(self.mentions)))


def _hope_of(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention],
             clauses: _Clauses | None = None) -> tuple[int, bool] | None:
    """The hope that makes the act at ``start`` hoped for, so modal (lexicon ``hopes``): a hope right
    before an actor whose clause runs on, unbroken, to the act ("希望美方信守承诺": the US is hoped to
    keep its commitment, none made), as "hopes the US will commit" is a modal's in English. Where
    it starts, and whether the act stands right after it with no subject of its own ("надеемся, что
    договорились", "Выразили надежду, что договорились"); None where no hope governs the act.
    ``clauses``: the point's :class:`_Clauses` of ``mentions``, where its caller has read them."""
    if not lex.hopes:
        return None
    # the actors of the act's clause: none with a clause mark between it and the act
    inside = [m for m in (clauses or _Clauses(text, mentions)).before(start) if m.role != "pronoun"]
    if lex.boundaries:
        # "Лавров надеется, что стороны договорились": the hope, then "что" (its comma before), then the
        # clause's subject, or the act itself ("надеемся, что договорились"); hoped, none agreed
        starts = [m.start for m in inside] + [start]
        for at in starts:
            lo = max(0, at - 60)
            head = text[lo:at]
            hope = next((h for h in _find(lex.hopes, head) if _HOPE_THAT.fullmatch(head, h.end())), None)
            if hope is not None:
                return lo + hope.start(), at == start
        return None
    for m in inside:
        lo = max(0, m.start - 4)
        head = text[lo:m.start]
        hope = next((h for h in _find(lex.hopes, head) if h.end() == len(head)), None)
        if hope is not None:
            return lo + hope.start(), False
    return None


#: What joins a hope to the clause it governs in a language with word boundaries: ", что", "that".
_HOPE_THAT = re.compile(r"\s*[,，]?\s*(?i:что|that)\s+")


#: A coordinator before a verb of a list, one word between at most ("..., stay committed", "and work").
_LIST_ITEM = re.compile(r"(?:,\s*(?:(?:and|or|и|или)\s+)?|\s+(?:and|or|и|или)\s+)([\w'’-]+\s+)?$", re.IGNORECASE)
#: What opens a clause of its own after a modal: its verbs are no longer the modal's.
_NEW_CLAUSE = re.compile(r"[.;:!?]|(?<!\w)(?:that|which|who|whom|when|while|as|что|чтобы|который\w*|когда)(?!\w)",
                         re.IGNORECASE)


def _modal_list(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act at ``start:end`` is a later verb of a list whose first a modal governs ("should
    use the channels, stay committed to the consensus and work to manage differences", "должны
    использовать ..., оставаться приверженными"): a coordinator or comma right before it (one word
    between at most), the modal earlier in its clause with no actor (a new subject; one in the
    possessive, "the leaders' meeting", qualifies a noun) and nothing that opens a clause between,
    and the act no finite form ("should respect China, and reaffirmed", "and said", "and opposes":
    lexicon ``finite_endings`` and ``list_finite``; in Russian no infinitive, ``infinitive_endings``).
    Words, so in a language with word boundaries only."""
    item = _LIST_ITEM.search(text, max(0, start - 40), start) if lex.boundaries else None
    if item is None:
        return False
    # the verb of the item ("stay" of "stay committed"), or the act itself
    word = (item.group(1) or text[start:end]).split()[0].casefold()
    if lex.infinitive_endings and not word.endswith(lex.infinitive_endings):
        return False
    if lex.finite_endings and word.endswith(lex.finite_endings) or word in lex.list_finite["words"] \
            or word.endswith(lex.list_finite["endings"]) and not word.endswith(lex.list_finite["not_endings"]):
        return False
    lo = max(0, start - 300)
    for m in reversed(_find(lex.modals, text[lo:start])):
        a = lo + m.end()
        # an actor in the possessive qualifies a noun of the list, no new subject ("should prepare for
        # the leaders' meeting ..., push ..., oppose ...")
        if _NEW_CLAUSE.search(text, a, start) or any(a <= x.start < start and not _POSSESSIVE_AFTER.match(text, x.end)
                                                      for x in mentions):
            return False
        return True
    return False


#: A possessive mark right after an actor ("the leaders' meeting", "China's position").
_POSSESSIVE_AFTER = re.compile(r"['’]s?(?![\w'’])")


#: A clause that an act opens after a comma or an enumeration comma, adverbs of a short list and an
#: adverbial in "地" between at most ("，支持", "、深化", "，并支持", "，明确反对", "，不打折扣地重申"); "但" or "而" ("，但反对") opens a contrast, out
#: of the modal's reach.
_ZH_LIST_ITEM = re.compile(r"[，,、](?:并|也|还|同时|进一步|共同|积极|切实|明确|坚决)*(?:[^\s，,、。；;：:！!？?“”]{1,6}地)?$")
#: "并" ("and") right before a verb phrase, with no comma: it shares the subject and the modal of
#: the phrase before it ("美方应取消制裁并支持和谈").
_ZH_JOINED_VERB = re.compile(r"(?<![，,、])并且?$")
#: What opens a clause right before its subject ("，中方", "，但美方").
_ZH_NEW_SUBJECT = re.compile(r"[，,、](?:但|而|也|并|还|同时)?$")
#: Where a Chinese sentence or a clause of its own ends (a modal does not reach past it).
_ZH_SENTENCE_END = re.compile(r"[。；;！!？?：:]")


@lru_cache(maxsize=256)  # each act of a point asks again: scan its text once
def _zh_sentences(text: str, not_obligations: tuple[re.Pattern[str], ...]
                  ) -> tuple[tuple[int, ...], tuple[tuple[int, int], ...]]:
    """Where each sentence or clause of its own ends in a Chinese ``text`` (:data:`_ZH_SENTENCE_END`,
    ascending) and the spans of its ``not_obligations``: found once per text, so that
    :func:`_zh_modal_list` reads each act's sentence in time of its own, not the text before it."""
    return (tuple(m.end() for m in _ZH_SENTENCE_END.finditer(text)),
            tuple((x.start(), x.end()) for x in _find(not_obligations, text)))


def _zh_modal_list(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention], report: bool = False) -> bool:
    """In a language without word boundaries (Chinese), whether the act at ``start`` is a later verb
    phrase of a list that a modal or obligation earlier in its sentence governs, the subject
    dropped: it opens its clause after a comma (:data:`_ZH_LIST_ITEM`) and no actor, no "但"/"而"
    opens a clause between the modal and it ("美方应落实……的承诺，恪守一个中国原则……，支持中国和平统一": what the
    US should do, as "should use ..., stay committed to ..." in English, :func:`_modal_list`; not
    "美方应……，中方支持……", a new subject, nor "中方愿……开展对话，但反对……"). A new reporting verb
    (``report``: "，并强调") after a hope is the hope holder's next act, not hoped for ("王毅希望美方
    信守承诺，并强调……"), while one after an obligation is still owed ("美方应……，并重申……")."""
    if lex.boundaries:
        return False
    # "美方应取消制裁并支持和谈": "并" joins a verb phrase to the one before it, under its modal
    joined = _ZH_JOINED_VERB.search(text, max(0, start - 4), start) is not None
    if not joined and not _ZH_LIST_ITEM.search(text, max(0, start - 8), start):
        return False
    ends, false = _zh_sentences(text, lex.not_obligations)
    k = bisect_right(ends, start)
    lo = ends[k - 1] if k else 0
    found = [(lo + m.start(), lo + m.end()) for m in _find((*lex.modals, *lex.obligations), text[lo:start])]
    found = [(a, b) for a, b in found if not _overlaps(false, a, b)
             and (_CLAUSE_MARK.search(text, b, start) or joined and b < start - 1)]
    if not found:
        return False
    a, b = max(found, key=lambda x: x[1])
    if report and not joined and any(h.start() == 0 for h in _find(lex.hopes, text[a:b])):
        return False
    # a new subject opens a clause between ("……，中方支持"); an actor inside a phrase ("恪守一个中国原则")
    # is none
    return not any(b <= m.start < start and _ZH_NEW_SUBJECT.search(text, max(0, m.start - 4), m.start)
                   for m in mentions) and not re.search(r"[，,]\s*(?:但|而)", text[b:start])


def _zh_future_list(text: str, start: int, prev: Act | None, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """In Chinese, whether the act at ``start`` is a later verb phrase of a list whose first act a
    ``future_markers`` word sets in the future (:func:`_future`), the subject dropped: "双方将积极探讨
    ……，欢迎……" (they will discuss ..., and will welcome ...), as English "will discuss ... and will
    welcome" reads. It opens its clause after a comma (:data:`_ZH_LIST_ITEM`), in the same sentence,
    no actor opens a clause and no "但"/"而" between (as :func:`_zh_modal_list` reads a modal's list)."""
    if lex.boundaries or prev is None or not lex.future_markers or prev.end > start \
            or not _future(text, prev.start, prev.end, lex):
        return False
    if not _ZH_LIST_ITEM.search(text, max(0, start - 8), start) or _ZH_SENTENCE_END.search(text, prev.end, start):
        return False
    return not any(prev.end <= m.start < start and _ZH_NEW_SUBJECT.search(text, max(0, m.start - 4), m.start)
                   for m in mentions) and not re.search(r"[，,]\s*(?:但|而)", text[prev.end:start])


def _told(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether an obligation follows the actor ``m`` right after it ("美方必须", "the US should"), as
    :func:`_subjects` reads one: the actor is told what to do; or, where the actor is not the
    readout's own side, a negated ability ("the US cannot keep ...", lexicon ``negated_abilities``)."""
    told = _obligation_starts(text, lex)
    if m.role != "own":
        told += [o.start() for o in _find(lex.negated_abilities, text)]
    return _told_at(text, m, told, lex)


def _after_marker(text: str, start: int, markers: Sequence[str], boundaries: bool, floor: int = 0) -> bool:
    """Whether the text before ``start`` ends with one of ``markers`` (given in lower case with
    single spaces; case and runs of white space in the text are ignored; with word boundaries, a
    whole word: "with", not "forthwith")."""
    if not markers:
        return False
    # titles and first names may stand between ("с Президентом США", "with President Biden"), but
    # not another actor (from ``floor`` on)
    names = _NAMES_AT_END.search(text[floor:start])
    end = floor + names.start() if names else start
    head = _SPACES.sub(" ", text[max(0, end - 60):end].rstrip()).casefold()  # markers are short
    for w in markers:  # lower case, single spaces (see _compile)
        if head.endswith(w) and not (boundaries and head[:len(head) - len(w)][-1:].isalnum()):
            return True
    return False


def _frame_end(gap: str, lex: Lexicon) -> bool:
    """Whether the text between an actor and an act closes a temporal clause around the actor
    ("王毅在回答布林肯提问时表示": Blinken is inside "在……时", so not the one who 表示)."""
    gap = gap.strip()
    return any(gap.endswith(w) for w in lex.frame_ends) and not any(gap.endswith(w) for w in lex.not_frame_ends)


def _gap_ok(gap: str, lex: Lexicon, limit: int = 3) -> bool:
    """Whether the text between two cues is short enough to bind them (a few words, no punctuation
    that ends a clause). A noun of ``actor_nouns`` counts as one word: "the Chinese and US heads of
    state had agreed" binds "US" to "agreed" as "the Chinese and US leaders had agreed" does."""
    if re.search(r"[.;:!?,。；：！？，、]", gap):
        return False
    if lex.boundaries:
        if lex.actor_noun is not None and len(gap.split()) > limit:
            gap = lex.actor_noun.sub("x", gap)
        return len(gap.split()) <= limit
    return len(gap.strip()) <= limit + 1


# -- acts ----------------------------------------------------------------------------------------
def _nominal(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention], end: int | None = None,
             firm: bool = False) -> bool:
    """Whether the act term at ``start`` (to ``end``) is a noun or an adjective, no act of this call:
    after a possessive ("Russia's demands", "the PRC's support for Russia", "美方的关切"; an actor
    possessive counts only right after an actor term: "美方的关切", not "坦诚的交流"); a word with a
    noun's or an adjective's ending (``nominal_endings``: "подтверждение", "озабоченности",
    "достигнутым договоренностям"); a ``firm`` act (a statement or more, or a commitment) after a
    ``noun_marks`` mark ("美方作出的承诺", "提出的要求"); or a term right before one, opening the noun it
    qualifies ("此前同意的事项"; not the "的" that ends a sentence: "中方是坚决反对的。"); or a term
    between a word and its coordinator and that same word again ("any use or threatened use")."""
    if lex.nominal_endings and (word := _GAP_WORD.match(text, start)) \
            and word.group().casefold().endswith(lex.nominal_endings):
        return True
    if lex.nominal_after and end is not None and text.startswith(lex.nominal_after, end):
        return True  # "通话精神", "相互支持才是": the term qualifies a noun, or is a copula's subject
    if lex.object_verbs:
        clause = re.split(r"[，,。；;：:！!？?\n]", text[max(0, start - _OBJECT_VERB_REACH):start])[-1]
        if any(v in clause for v in lex.object_verbs):
            return True  # "提供支持", "得到……拥护和支持": the object of a verb, a noun
    if lex.noun_governors:
        # "美方应切实尊重中方要求", "满足要求": the object of a verb that takes a noun, its possessor
        # (an actor, no "的") between at most; not "中方要求美方……", where the actor is the subject
        owner = next((m for m in mentions if m.end == start and m.role not in ("pronoun", "narrator")), None)
        if text.endswith(lex.noun_governors, 0, owner.start if owner is not None else start):
            return True
    if lex.noun_marks and end is not None:
        if firm and text.endswith(lex.noun_marks, 0, start):
            return True
        if any(text.startswith(mark, end) and _HAN.match(text, end + len(mark)) for mark in lex.noun_marks):
            return True
    # What comes right before the term, no more: every test below reads the end of it, and the whole
    # text before every act made a point of thousands of words quadratic.
    cut = max(0, start - _NOMINAL_WINDOW)
    head = text[cut:start].rstrip() if lex.boundaries else text[cut:start]
    if cut and not head.strip():
        cut = 0
        head = text[:start].rstrip() if lex.boundaries else text[:start]
    if lex.boundaries and end is not None and (pair := _PARALLEL.search(head)) and (after := _NEXT_WORD.match(text, end)) \
            and after.group(1).casefold() == pair.group(1).casefold():
        return True  # "any use or threatened use": the term qualifies the noun its conjunct repeats
    if lex.boundaries and (lex.determiners or lex.possessives):
        # "Russia's well-known demands", "the generally recognised norms": an adverb or a hyphenated
        # adjective may stand between the determiner or possessive and the noun it opens
        for _ in range(2):
            mod = _MODIFIER.search(head)
            if mod is None or not (mod.group(1).endswith(lex.adverb_suffixes) or "-" in mod.group(1)):
                break
            head = head[:mod.start()].rstrip()
    folded = head.casefold()
    if lex.determiners and (last := re.search(r"[\w'’]+$", folded)) and last.group() in lex.determiners:
        return True  # "the demands", "the agreed text", "the stated goal": a noun or an adjective
    if lex.possessive_determiners and end is not None and text[start:end].casefold().endswith("ed") \
            and (last := re.search(r"[\w'’]+$", folded)) and last.group() in lex.possessive_determiners:
        return True  # "its stated position", "their agreed plan": no verb follows a possessive pronoun
    if lex.determiners and not lex.boundaries and folded.endswith(tuple(lex.determiners)):
        return True  # "上述承诺", "这一承诺": words are not spaced, the determiner ends what comes before
    for mark in lex.possessives:
        if folded.endswith(mark.casefold()) and len(head) > len(mark):
            word = re.search(r"[\w'’]+$", head)
            return not (word and word.group().casefold() in lex.not_possessives)
    for mark in lex.actor_possessives:
        if head.endswith(mark) and any(m.end == cut + len(head) - len(mark) and m.role != "pronoun" for m in mentions):
            return True
    return False


#: How many characters before a Chinese act term an ``object_verbs`` verb reaches: see :func:`_nominal`.
_OBJECT_VERB_REACH = 12
#: How many characters before an act term :func:`_nominal` reads.
_NOMINAL_WINDOW = 400
#: A word and a coordinator that end a text ("use or "): a term after them that the same word follows
#: ("use or threatened use") is an adjective of that word, as the first conjunct shows: see :func:`_nominal`.
_PARALLEL = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’-]*)\s+(?i:and|or|и|или)$")
#: A lower-case word that ends a text ("well-known", "generally"): see :func:`_nominal`.
_MODIFIER = re.compile(r"(?<![\w'’-])([a-z][a-z]+(?:-[a-z]+)*)$")


#: What may stand in a free relative clause between its opening word and the actor that is its
#: subject, besides other actors ("what China and the EU agree on", "what the two heads of state agreed").
_SUBJECT_FILLER = re.compile(r"(?:\s|(?<!\w)(?:the|and|both|two|all|of)(?!\w))*", re.IGNORECASE)


def _free_relative(text: str, start: int, end: int | None, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start`` is the verb of a free relative clause, its subject (actors
    only, "the", "and" or "both" between them) right after one of ``free_relatives``, two words
    between the subject and the act at most, no coordinator: "what China and the EU agree on far
    outweighs their differences", "to put into practice what the two heads of state agreed",
    "nothing Putin said was reassuring" name something agreed or said, and report no act of the
    call; but "What Lavrov stressed was the need to ..." (a ``clefts`` word, a copula right after
    the act) is Lavrov stressing, and so is "stressed" in "asked what Blinken wanted and stressed"."""
    if lex.free_relatives is None:
        return False
    opener = None
    for m in lex.free_relatives.finditer(text, max(0, start - 80), start):
        opener = m
    if opener is None:
        return False
    inside = sorted((x for x in mentions if opener.end() <= x.start and x.end <= start), key=lambda x: x.start)
    if not inside or not _gap_ok(text[inside[-1].end:start], lex, 2) \
            or _COORDINATOR.search(text, inside[-1].end, start):
        return False
    pos = opener.end()
    for x in inside:  # the subject: actors and fillers only, from the opening word on
        if not _SUBJECT_FILLER.fullmatch(text, pos, x.start):
            return False
        pos = max(pos, x.end)
    if opener.group().strip().casefold() in lex.cleft_relatives and end is not None \
            and any(_gap_ok(text[end:end + c.start()], lex, 1) for c in _find(lex.copulas, text[end:end + 40])):
        return False  # a pseudo-cleft: what the actor did, then what it was
    return True


#: The last word before a position, and the space after it ("the terms " -> "terms").
_LAST_WORD = re.compile(r"(?<![\w'’-])([\w'’-]+)\s+$")


def _reduced_relative(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start:end`` is a participle after its noun with its agent, an actor
    or a quantified noun phrase ("by all Euro-Atlantic states"), after "by" (``reduced_relatives``):
    "on the terms agreed by Ukraine and the United Nations",
    "the principles agreed by the two special representatives in 2005", "the principles agreed upon
    by the two sides" name an agreement made before, no act of the call. The word right before the
    term must be a noun: none after punctuation, and not an actor or pronoun ("Lavrov agreed"), an
    auxiliary or copula ("it was agreed by both sides that ...", "was also agreed by"), a modal, a
    negation, an adverb ("-ly") or one of ``not_heads`` and the ``function_words`` ("as agreed by
    the two presidents", which may be the call's own agreement)."""
    if lex.participle_agent is None or not text[start:end].casefold().endswith(lex.participle_endings):
        return False
    agent = lex.participle_agent.match(text, end)
    if agent is None or not (any(m.start >= agent.end() and m.role != "pronoun"
                                 and _NAMES_ONLY.fullmatch(text, agent.end(), m.start) for m in mentions)
                             or lex.agent_quantifier is not None and lex.agent_quantifier.match(text, agent.end())):
        return False
    head = _LAST_WORD.search(text, 0, start)
    if head is None or any(m.end == head.end(1) for m in mentions):
        return False
    word = head.group(1).casefold()
    if word in lex.not_heads or word.endswith(lex.adverb_suffixes) or "'" in word or "’" in word:
        return False
    return not any(p.fullmatch(word) for p in (*lex.copulas, *lex.modals, *lex.negations, *lex.past_markers,
                                                *lex.reported_past_markers)) \
        and not (lex.passive is not None and _passive_before(text, start, lex))


#: A mark that ends the clause before a relative clause's subject (any but a word's or a space).
_CLAUSE_MARK = re.compile(r"[^\w\s'’-]")


def _noun_relative(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start`` is the verb of a relative clause after a noun
    (``noun_relatives``): its subject an actor or a pronoun right before it (an auxiliary and an
    adverb between at most), an opener before the subject at most ("that", "which"), and before that
    a noun right after a determiner ("the", "their"; one adjective between at most): "to keep in
    touch on the issues they had discussed", "the questions that the two sides discussed" name the
    topic, earlier talk, no act of this call (as "the agreements reached" does). The noun is none of
    ``reduced_relatives`` ``not_heads``, an actor, a past form ("-ed"), a finite verb of
    ``list_finite`` ("Lavrov said they had discussed", "noted the sides discussed": a report) or a
    word of the talk (``tone_context``: "after the talks they agreed"); and the clause before it holds
    more than a preposition after an opener or coordinator ("that during the meeting Yang set out")."""
    if not lex.noun_relative_auxiliaries or not lex.boundaries:
        return False
    subject = max((m for m in mentions if m.end <= start), key=lambda m: m.end, default=None)
    if subject is None or re.search(r"[^\w\s'’-]", text[subject.end:start]):
        return False
    gap = text[subject.end:start].split()
    if len(gap) > 2 or any(w.casefold().replace("’", "'") not in lex.noun_relative_auxiliaries
                           and not w.casefold().endswith(lex.adverb_suffixes) for w in gap):
        return False
    # the words of the clause before the subject (from its last punctuation mark on), with positions
    lo = max((m.end() for m in _CLAUSE_MARK.finditer(text, 0, subject.start)), default=0)
    words = [(w.group(), w.start()) for w in re.finditer(r"[\w'’-]+", text[:subject.start])
             if w.start() >= lo]
    determiners = lex.determiners | lex.possessive_determiners
    if words and words[-1][0].casefold() in lex.determiners:  # "the issues the two sides discussed"
        words.pop()
    if words and words[-1][0].casefold() in lex.noun_relative_openers:
        words.pop()
    finite = lex.list_finite.get("words", ())

    def verbal(word: str) -> bool:  # no noun or adjective in lower case
        return not re.fullmatch(r"[a-z][a-z-]+", word) or word in lex.not_heads or word in finite \
            or word in determiners or word.endswith(("ed", *lex.adverb_suffixes)) \
            or any(p.fullmatch(word) for p in (*lex.copulas, *lex.modals, *lex.negations))
    if not words or verbal(words[-1][0]) or any(m.start <= words[-1][1] < m.end for m in mentions) \
            or any(p.fullmatch(words[-1][0]) for p in lex.tone_context):
        # no noun, an actor ("told Lavrov they had discussed"), or the talk itself, a time or a place
        # ("said after the talks they had agreed", "during the call Xi invited")
        return False
    words.pop()
    if len(words) >= 2 and not verbal(words[-1][0]):  # one adjective between ("the pressing issues")
        words.pop()
    if not words or words.pop()[0].casefold() not in determiners:
        return False
    words = [w for w, _ in words]
    if not any(w.casefold().replace("’", "'") in lex.noun_relative_auxiliaries for w in gap):
        for part in lex.noun_relative_partitives:
            # "Iran was among the subjects they covered", "Trade was one of the issues they discussed":
            # the copula's subject is one of the topics of a talk in the simple past, no earlier one
            # recalled ("had discussed"): that subject was talked about, an act of this call
            if len(words) > len(part) and tuple(w.casefold() for w in words[-len(part):]) == part \
                    and any(p.fullmatch(words[-len(part) - 1]) for p in lex.copulas):
                return False
    # the noun phrase ends a clause that holds its verb ("keep in touch on the issues they had
    # discussed"), not one it opens with a preposition at most: "During the talks the two sides
    # agreed", "Among those issues he listed", "that during the meeting Yang set out" (a main clause)
    return len(words) >= 2 and not any(w.casefold() in lex.noun_relative_openers or _COORDINATOR.fullmatch(w)
                                       for w in words[-2:])


#: Chinese words that join two nouns ("沟通与交流", "沟通和交流").
_ZH_AND = frozenset("与和及")


#: What ends a sentence or a clause that a comma does not: no relative clause runs across one.
_NOT_IN_RELATIVE = re.compile(r"[.;:!?()\[\]]")
#: How far before a passive's auxiliary the word that opens its relative clause may stand.
_RELATIVE_REACH = 160


def _oblique_relative(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` is passive ("might be invited"), no "by" after it, in a
    relative clause opened by a word of ``oblique_relatives`` ("to which", "where"), no sentence or
    bracket mark between: "a G7 summit to which the leaders of Russia, Australia, India and the
    Republic of Korea might be invited" names who may be invited to the summit, no invitation of
    anyone's in the call. The word before the opener is the noun the clause qualifies: none of the
    ``reduced_relatives`` ``not_heads`` ("that where agreement is possible, it should be agreed")."""
    if lex.oblique_relative is None or lex.passive is None:
        return False
    aux = _passive_before(text, start, lex)
    if aux is None or (lex.passive_agent is not None and lex.passive_agent.match(text, end)):
        return False
    lo = max(0, aux.start() - _RELATIVE_REACH)
    rel = None
    for rel in lex.oblique_relative.finditer(text, lo, aux.start()):
        pass
    if rel is None or _NOT_IN_RELATIVE.search(text, rel.end(), aux.start()):
        return False
    # the clause qualifies the noun right before it ("summit to which"); "said that where agreement
    # is possible, it should be agreed" opens an adverbial clause, after no noun
    head = _LAST_WORD.search(text, 0, rel.start())
    return head is not None and head.group(1).casefold() not in lex.not_heads


def _acts_raw(text: str, lex: Lexicon, mentions: Sequence[Mention] = (),
             clauses: _Clauses | None = None) -> list[tuple[int, int, str, int, int, bool]]:
    """The act terms of ``text``, longest first where they overlap, as (start, end, name, strength,
    polarity, commits). ``clauses``: the :class:`_Clauses` of ``text`` and ``mentions``, where the
    caller has read them."""
    folded = _folded(text)
    found = [(m.start(), m.end(), name, st, pol, com) for (_, name, st, pol, com), m in _scan_items(lex.acts, text, folded)
             if m.end() > m.start() and (_talk_topic(text, m.start(), m.end(), lex)  # "The talks covered": a clause
                                         or not _nominal(text, m.start(), lex, mentions, m.end(), st >= 1 or com))
             # "It covered ...": a pronoun stands for the talk only where it opens its sentence
             and not (lex.talk_pronouns and _talk_pronoun(text, m.start(), m.end(), lex)
                      and not _opens_sentence(text, m.start(), lex))
             # "held talks on Monday": the talk's date, no subject of it
             and not (name == "discussed" and _dated_topic(text, m.start(), m.end(), lex))]
    if any(f[2] == "discussed" for f in found):
        # "said progress had been made and he hoped talks on ...": a discussion term whose gap ("had
        # ... and ... talks on") holds another act term is no discussion; that act is read (a gap
        # of a discussion holds adjectives, "held candid, in-depth and constructive talks on")
        # (not an aside's participle set off by a comma: "Their discussion, described as candid, covered")
        found = [f for f in found if f[2] != "discussed"
                 or not any(g[2] != "discussed" and f[0] < g[0] and g[1] < f[1]
                            and not text[f[0]:g[0]].rstrip().endswith(",") for g in found)]
    if not lex.boundaries and any(f[2] == "discussed" for f in found):
        # "进行了坦率的沟通与交流": two talk nouns joined are one talk, read by the last ("交流"), not two
        starts = {f[0] for f in found if f[2] == "discussed"}
        found = [f for f in found if f[2] != "discussed"
                 or not (text[f[1]:f[1] + 1] in _ZH_AND and f[1] + 1 in starts)]
    if lex.subject_act is not None and any(lex.subject_act.fullmatch(text, f[0], f[1]) for f in found):
        # "China hopes the US will ...": a hope is its actor's act right after the actor, no noun
        # ("expressed the hope that", "the hopes of both peoples"); the gap between them holds no
        # clause mark, so only the actors of the hope's clause are read (a Chinese gap is of four
        # characters at most)
        clauses = clauses or _Clauses(text, mentions)
        found = [f for f in found if not lex.subject_act.fullmatch(text, f[0], f[1])
                 or any(_SUBJECT_GAP.fullmatch(text, m.end, f[0]) if lex.boundaries
                        # in Chinese, an actor that opens its clause ("中方希望", "，他希望"): not one
                        # inside a phrase ("不是中方希望看到的", what China hopes to see); "^" matches at
                        # the text's start alone, so two characters before the actor are all it reads
                        else _ZH_SUBJECT_GAP.fullmatch(text, m.end, f[0])
                        and _ZH_CLAUSE_OPEN.search(text, max(0, m.start - 2), m.start)
                        for m in clauses.before(f[0], None if lex.boundaries else _ZH_SUBJECT_GAP_MAX))
                 # a Chinese hope that opens its clause after a report drops its subject ("习近平表示，……，
                 # 希望美方慎重处理"): a verb there, as "hoped" is in English (its speaker: :func:`_read_cues`)
                 or not lex.boundaries and _ZH_CLAUSE_OPEN.search(text, max(0, f[0] - 2), f[0]) is not None
                 and any(g[1] <= f[0] and not lex.subject_act.fullmatch(text, g[0], g[1]) for g in found)
                 # ... and one joined by "and", "и", "并" to an act before it in its clause, no actor
                 # between ("中方支持并期待俄乌双方恢复和谈", "Россия поддерживает переговоры и надеется на
                 # их возобновление": as "China supports and looks forward to"): that act's subject's
                 or any(_joined_hope(text, g[1], f[0], mentions) for g in found
                        if g[1] <= f[0] and not lex.subject_act.fullmatch(text, g[0], g[1]))
                 # "Biden, for his part, concentrated on": an aside between commas (``subject_asides``)
                 or _aside_subject(text, f[0], mentions, lex)]
    if lex.modal_act is not None and lex.modal_act_before is not None:
        # "should support": a bare verb that is a noun elsewhere ("US support for ...") is an act
        # only right after an auxiliary or an obligation (``modal_acts``)
        found = [f for f in found if not lex.modal_act.fullmatch(text, f[0], f[1])
                 or lex.modal_act_before.search(text[max(0, f[0] - 80):f[0]]) is not None]
    if lex.naming_act is not None and lex.naming_after is not None:
        # "called the Taiwan question the core of ...", "which Xi called very dangerous": a verb of
        # naming is a statement only where it calls a thing something (``naming_acts``), not the call
        # of "having called him", nor "so-called"
        found = [f for f in found if not lex.naming_act.fullmatch(text, f[0], f[1])
                 or not text[:f[0]].endswith("-")
                 and (lex.naming_after.match(text, f[1]) is not None
                      or lex.naming_before is not None
                      and lex.naming_before.search(text, max(0, f[0] - 80), f[0]) is not None)]
    if lex.opinion_act is not None and lex.opinion_after is not None:
        # "considered the meeting constructive", "believed it had gone well": a verb of holding a view
        # is a statement only where the view follows it (``opinion_acts``), as "认为", "считает" are;
        # not "considered a visit", "ready to consider reviving", "believe in", nor a passive ("was
        # considered", "should not be judged"); nor one a verb of saying before it in its sentence
        # reports ("said he believed results were possible": what he said, no second act), nor one in
        # the "that" clause of another act ("welcomed the fact that they considered it useful"), nor a
        # negated one ("did not believe Putin was there": a view, no denial of one). Another act
        # before it reports no view joined to it ("welcomed the progress and considered the meeting
        # constructive": a welcome and a view, two acts), nor does a verb of saying whose object ends
        # at an "and" before the view ("set out their positions fully and regarded the dialogue as
        # constructive": what they did next, as "изложили ... и сочли", "阐述了……，并认为" read), where
        # no "that", no other view and no verb of a clause (``clause_verbs``) between opens a clause the
        # "and" could go on ("said he believed results were possible and considered ...", "said he had
        # just finished the call and believed it had gone very well": all of it said)
        sayings = [(g[1], g[2] in _REPORTING) for g in found
                   if g[3] >= 1 and not g[5] and not lex.opinion_act.fullmatch(text, g[0], g[1])]
        views = [f[0] for f in found if lex.opinion_act.fullmatch(text, f[0], f[1])]

        def _joined(g: int, start: int) -> bool:
            return _and_before(text, start) and not _THAT.search(text[g:start]) \
                and not any(g <= v < start for v in views) \
                and not (lex.opinion_clause_verb is not None and lex.opinion_clause_verb.search(text, g, start))

        found = [f for f in found if not lex.opinion_act.fullmatch(text, f[0], f[1])
                 or _passive_before(text, f[0], lex) is None
                 and not any(g <= f[0] and not _SENTENCE_END.search(text, g, f[0])
                             and (saying and not _joined(g, f[0]) or _THAT.search(text[g:f[0]]))
                             for g, saying in sayings)
                 and not _preceded_by(text, f[0], lex.negations, lex)
                 and (lex.opinion_after.match(text, f[1]) is not None
                      or lex.opinion_clause is not None and lex.opinion_clause_after is not None
                      and lex.opinion_clause.fullmatch(text, f[0], f[1]) is not None
                      and lex.opinion_clause_after.match(text, f[1]) is not None)]
    if lex.named_openers:
        found = [f for f in found if not any(p.fullmatch(text, f[0], f[1]) for p in lex.named_openers)
                 or _named_opener(text, f[0], f[1], lex, mentions)]
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept, taken = [], [(m.start(), m.end()) for m in _find(lex.not_acts, text)]
    reach = -1  # where the kept acts end, at the furthest: each starts where or after the one before
    for f in found:
        if not (f[0] < reach or _overlaps(taken, f[0], f[1])):
            reach = max(reach, f[1])
            kept.append(f)
    if lex.telling is not None:
        kept = [_directive_tell(text, f, lex, mentions) for f in kept]
    if lex.act_complements:
        # "警告说": the "说" that completes the warning right before it is no second act, but part
        # of the warning's words
        merged: list[tuple[int, int, str, int, int, bool]] = []
        for f in kept:
            if merged and merged[-1][1] == f[0] and text[f[0]:f[1]] in lex.act_complements:
                merged[-1] = (merged[-1][0], f[1], *merged[-1][2:])
            else:
                merged.append(f)
        kept = merged
    return kept


def _dated_topic(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` ends in a word of ``date_prepositions`` ("on") with a
    date right after it: a day, a month, a weekday or a relative day ("held talks on Monday", "had
    a discussion on 5 May", lexicons ``months``, ``relative_days``): when the talk was, not what it
    was about, so no discussion of anything."""
    words = text[start:end].split()
    if not lex.date_prepositions or not words or words[-1].casefold() not in lex.date_prepositions:
        return False
    after = _SPACE_RUN.match(text, end).end()
    # a day or a year in digits ("on 5 May", "on 14th March", "on 2 and 3 June"), not a digit that opens a
    # word ("talks on 5G networks", a topic)
    return _DATE_DIGITS.match(text, after) is not None \
        or any(p.match(text, after) for p, _ in lex.months) or any(p.match(text, after) for p in lex.relative_days)


#: Digits that may open a date after "on": a day or a year, an ordinal's ending at most, no letter after.
_DATE_DIGITS = re.compile(r"\d{1,4}(?:st|nd|rd|th)?(?![\w])")


def _aside_subject(text: str, start: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether an actor stands before ``start`` with an aside of ``subject_asides`` set off by commas
    between ("Biden, for his part, concentrated on", "Байден, со своей стороны, сосредоточился на"),
    an adverb or two after it at most (:data:`_SUBJECT_GAP`): the act term at ``start`` has its actor
    right before it, as with no aside."""
    if lex.subject_aside is None or not lex.boundaries:
        return False
    return any((aside := lex.subject_aside.match(text, m.end)) is not None
               and _SUBJECT_GAP.fullmatch(text, aside.end(), start) is not None
               for m in mentions if start - _ASIDE_REACH <= m.end <= start)


#: How far before an act term the actor before an aside may end (:func:`_aside_subject`).
_ASIDE_REACH = 40


#: Words that may stand in an addressee's phrase between names and titles: "told the Secretary of
#: State to", "told his counterpart to".
#: Only the function words ignore case: a name or title is capitalised ("[A-Z]" under IGNORECASE took any
#: word, so "told reporters that he expected the United States to" read as an urging of the US).
_ADDRESSEE_WORD = re.compile(r"(?i:the|his|her|their|its|of|and)$|[A-ZА-ЯЁ]")


def _directive_tell(text: str, f: tuple[int, int, str, int, int, bool], lex: Lexicon,
                    mentions: Sequence[Mention]) -> tuple[int, int, str, int, int, bool]:
    """The act ``f`` (as :func:`_acts_raw` has it), read as a directive where it is a verb of
    ``directive_tells`` whose addressee an infinitive follows: "told the Secretary of State to drop
    ...", "told Putin to end the war" urge that side, as "urged", "призвал", "敦促" do (the statement
    "told" is the verb of an urging in the twins); "told their teams to follow up" instructs the
    teller's own people, an agreement as "instructed" and "责成" are. "told him that ...", "told
    reporters to expect ..." stay statements."""
    s, e = f[0], f[1]
    if lex.telling is None or lex.telling_to is None or not lex.telling.fullmatch(text, s, e):
        return f
    own = lex.telling_own.match(text, e) if lex.telling_own is not None else None
    if own is not None and lex.telling_to.match(text, own.end()):
        return (s, e, "agreed", *_act_grade(lex, "agreed"))
    near = sorted((m for m in mentions if e < m.start and m.end <= e + 80), key=lambda m: m.start)
    for m in near:
        if lex.telling_to.match(text, m.end) is None:
            continue
        # what stands between the verb and the addressee, other actors' words left out: titles,
        # names, "the", "his" ("the Secretary of State", "US Secretary of State Blinken")
        pos, words = e, []
        for n in near:
            if n.start >= m.start:
                break
            words += text[pos:n.start].split()
            pos = max(pos, n.end)
        words += text[pos:m.start].split()
        if m.role in ("own", "counterpart") and all(_ADDRESSEE_WORD.match(w.strip(",")) for w in words):
            return (s, e, "urged", *_act_grade(lex, "urged"))
        break
    return f


def _act_grade(lex: Lexicon, name: str) -> tuple[int, int, bool]:
    """The strength, polarity and commitment of the act ``name`` in ``lex``."""
    return lex.act_grades[name]


def _named_opener(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start:end`` (one of ``named_openers``) opens the point, a connective
    before it at most, with a person named right after it ("According to Ushakov, ..."), titles and
    names between at most: an actor that is no pronoun and no institution named with "the" ("the White
    House", "the Élysée"); "according to the agreement" names nobody. A narrator so named (the Kremlin
    aide Ushakov) is one too: the statement is his, of no speaker of the call, as "По словам Юрия
    Ушакова" is."""
    if text[:start].strip() and not lex.name_prefix.fullmatch(text, 0, start):
        return False
    starts = _Starts(mentions)
    after = _named_after(text, end, starts)
    return (after is not None and after.role != "pronoun" and not after.text.casefold().startswith("the ")) \
        or _titled_after(text, end, starts, lex) is not None


#: "the", then capitalised words whose last is a title, and the comma that closes an opening phrase:
#: "According to the Russian President, ...", "According to the President, ...".
_THE_TITLE = re.compile(r"\s+the\s+(?:[A-Z][\w\-]*\s+){0,3}([A-Z][\w\-]*)(?=\s*,)")


def _titled_after(text: str, end: int, starts: _Starts, lex: Lexicon) -> Mention | None:
    """The actor named by a title with "the" right after ``end`` and before a comma ("According to
    the Russian President, ...": a person, as "According to Putin" names one; "the White House",
    "the Russian side" end in no title word, and stay institutions): the first actor, no pronoun,
    inside those words."""
    m = _THE_TITLE.match(text, end)
    if m is None or not _is_title(m.group(1).casefold(), lex):
        return None
    return next((a for a in starts.after(end) if a.start < m.end() and a.role != "pronoun"), None)


#: What may stand between an actor and a verb that is an act only right after its actor: the noun
#: "side" of an actor's adjective ("the American side hopes", "Американская сторона надеется"), then
#: an adverb or two ("China also hopes", "Russia sincerely hopes", "Российская сторона также надеется").
_SUBJECT_GAP = re.compile(r"\s+(?:(?i:side|сторона)\s+)?"
                          r"(?:[a-z]+ly\s+|(?:also|still|again|further|too|также|тоже)\s+){0,2}")
#: The same in Chinese, whose actor and verb are not spaced: "中方也希望", "两国都希望", "他始终希望".
#: Where a Chinese clause opens: the text's start or a punctuation mark, a quotation mark after it at most.
_ZH_CLAUSE_OPEN = re.compile(r"(?:^|[，,。；;：:！!？?])[“\"]?$")
#: What joins a hope to an act before it, the two of one actor ("支持并期待", "supports and hopes",
#: "поддерживает переговоры и надеется"): words with no clause mark, then "and", "и" or "并".
_JOINED_HOPE = re.compile(r"[^,.;:!?，。；：！？、]{0,60}?(?:\s(?:and|и)(?:\s+(?:also|также|тоже))?\s+|并且?(?:也|还)?)",
                          re.IGNORECASE)


def _joined_hope(text: str, end: int, start: int, mentions: Sequence[Mention]) -> bool:
    """Whether a hope at ``start`` is joined by "and", "и" or "并" to an act ending at ``end`` in its
    clause, no actor of a side between (:data:`_JOINED_HOPE`): the two verbs share the first one's
    subject ("中方支持并期待", "Russia supports the talks and hopes"; not "Russia supports the talks
    and the US hopes")."""
    return _JOINED_HOPE.fullmatch(text, end, start) is not None and not any(
        end <= m.start < start and m.role in ("own", "counterpart", "both", "third", "pronoun") for m in mentions)
_ZH_SUBJECT_GAP = re.compile(r"(?:也|还|都|亦|仍|始终|一直|同样|真诚|衷心|真心|十分|非常){0,2}")
_ZH_SUBJECT_GAP_MAX = 4  # characters: two words of two at most


def _qualifies_head(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start:end`` is negated right before it and, with its object, qualifies
    a stance noun after a mark in its clause (``relative_heads``): "把不支持“台独”的承诺落到行动上" names
    the commitment not to support "Taiwan independence", no refusal made in the call; not "美方不支持
    中方的立场" (an actor ends the object: China's position, refused) nor "强调两国关系的重要性". The
    negation may stand before a coverb's phrase ("不借强化同盟反对中国……等表态": Biden's stance)."""
    if lex.relative_head is None or not (_negated_right_before(text, start, lex)
                                         or _negated_across_coverb(text, start, lex)):
        return False
    m = lex.relative_head.match(text, end)
    if m is None:
        return False
    before = text[:m.start(1)]
    return not before.endswith(lex.relative_not_before) and not any(x.end == m.start(1) for x in mentions)


def _negated_right_before(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a negation ends right where the act term at ``start`` begins ("不支持", "没有同意")."""
    head = text[max(0, start - 4):start]
    return any(m.end() == len(head) for m in _find(lex.negations, head))


#: Words that join two verbs: a negation before one does not reach across to the next ("had not
#: been consulted and urged").
_COORDINATOR = re.compile(r"(?<!\w)(?:and|but|и|но|а)(?!\w)|并|但", re.IGNORECASE)
#: "by" before a gerund, which joins a second verb to the first like a coordinator ("responded ... by stressing").
_BY = re.compile(r"(?<!\w)by(?!\w)", re.IGNORECASE)


#: The negative contraction that an act term may open ("n't support" of "won't support").
_CONTRACTION = re.compile(r"n['’]t(?!\w)", re.IGNORECASE)


def _preceded_by(text: str, start: int, pats: Sequence[re.Pattern[str]], lex: Lexicon, window: int = 3,
                 stop: re.Pattern[str] | None = None, reach: int = 4) -> bool:
    """Whether one of ``pats`` stands within ``window`` words (characters in Chinese) before
    ``start``, with nothing between that ends a clause, nor any ``stop`` word; in Chinese it starts
    at most ``reach`` characters before ``start``."""
    lo = max(0, start - (40 if lex.boundaries else reach))
    # an act term that holds a negative contraction ("n't support") splits the auxiliary it ends
    # ("won't support", "wouldn't back"): that auxiliary stands before the act whole
    contracted = lex.boundaries and start > 0 and text[start - 1].isalpha() and _CONTRACTION.match(text, start)
    head = text[lo:contracted.end() if contracted else start]
    for m in _find(pats, head):
        gap = head[m.end():]
        if re.match(r"\s+\d", gap):
            continue  # "On May 10 Lavrov agreed": a date, not the modal "may"
        if _gap_ok(gap, lex, window) and not (stop and stop.search(gap)):
            return True
    return False


def _modal_noun_subject(text: str, start: int, lex: Lexicon) -> bool:
    """Whether each modal before the act at ``start`` (within the window :func:`_preceded_by` reads)
    is a noun of ``modal_nouns`` in the subject of a passive act, a finite passive auxiliary between
    ("Hope was expressed that ...", "The importance of dialogue was stressed", "The need for X has
    been underlined"): what was expressed or stressed, no modal over the act."""
    if not lex.modal_nouns or lex.finite_passive is None or lex.passive is None:
        return False
    aux = _passive_before(text, start, lex)
    if aux is None:
        return False
    at = aux.start()
    # "was stressed", or "has been stressed" (the match holds "been", the word before it is finite)
    before = _LAST_WORD.search(text, max(0, at - 20), at)
    if not (lex.finite_passive.match(text, at)
            or before is not None and lex.finite_passive.match(text, before.start(1))):
        return False
    lo = max(0, start - 40)
    found = _find(lex.modals, text[lo:start])
    return bool(found) and all(lo + m.end() <= at and any(n.fullmatch(m.group()) for n in lex.modal_nouns)
                               for m in found)


def _future(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a ``future_markers`` word sets the act at ``start:end`` in the future: it stands two
    characters before it at most ("中方将继续支持", "双方将积极探讨"), and is no object marker, which
    one of ``disposal`` ``objects`` right after it ("将其承认为") or ``complements`` right after the act
    ("将台湾承认为国家") shows."""
    if not lex.future_markers or not _preceded_by(text, start, lex.future_markers, lex, window=2):
        return False
    head = text[max(0, start - 4):start]
    gaps = [head[m.end():] for p in lex.future_markers for m in p.finditer(head)]
    # an object opens right after the marker, or something stands between it and the act that
    # completes the act ("将台湾承认为": not "将承认为", nor a marker right before the act)
    return not any(gap.startswith(lex.disposal_objects) if lex.disposal_objects else False for gap in gaps) \
        and not (lex.disposal_complements and text.startswith(lex.disposal_complements, end) and all(gaps))


_Who = tuple[str, str | None, tuple[int, int] | None]


def _passive(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act at ``start:end`` is passive with an actor (or pronoun) right before its
    auxiliary ("Lavrov was told", "he was told in reply", "拜登被要求"): that actor is addressed, not
    speaking. An impersonal passive ("it was said", "было заявлено") keeps the usual speaker, and so
    does a stance ("China is concerned about")."""
    if lex.reflexive_passives and " ".join(text[start:end].casefold().split()) in lex.reflexive_passives:
        # "личная встреча двух президентов не обсуждалась": the actor before a passive verb of its
        # own qualifies what was discussed, it does not discuss ("Обсуждалась ситуация" has none)
        return any(m.end <= start and _gap_ok(text[m.end:start], lex, 2) and not _agent(text, m.start, lex)
                   and not _instrumental(text[m.start:start], lex) for m in mentions)
    if lex.passive is None or text[start:end].casefold().startswith(lex.stative_acts):
        return False
    aux = _passive_before(text, start, lex)
    return aux is not None and any(m.end <= aux.start() and _gap_ok(text[m.end:aux.start()], lex, 2)
                                   and not _agent(text, m.start, lex)
                                   and not _instrumental(text[m.start:aux.start()], lex) for m in mentions)


def _passive_agent(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> Mention | None:
    """The agent named right after a passive act (lexicon ``passive_agents``): "The proposal was
    welcomed by Xi", "is opposed by the Chinese side" (an article of ``passive_agent_articles``,
    titles and first names between at most): that actor does the act, as "这一倡议受到美方欢迎" is the
    US's welcome; None where no actor of the call's sides follows (where the agent is a third party,
    "welcomed by the international community", there is no act: :func:`_third_party_agent`)."""
    if lex.passive_agent is None or lex.passive is None:
        return None
    # the "by" first, the auxiliary then: both pure reads, the cheaper one first
    by = lex.passive_agent.match(text, end)
    if by is None or not _passive_before(text, start, lex):
        return None
    first = next((m for m in mentions if m.start >= by.start() + 1 and m.role != "pronoun"), None)
    gap = text[by.end():first.start] if first is not None else ""
    if lex.passive_agent_article is not None:
        gap = lex.passive_agent_article.sub("", gap, count=1)  # "by the Chinese side"
    if first is not None and first.role in ("own", "counterpart", "both") and _NAMES_ONLY.fullmatch(gap):
        return first
    return None


def _third_party_agent(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention]) -> bool:
    """Whether the act term at ``start:end`` is a participle whose agent, named after "by", is no
    actor of the call (lexicon ``third_party_agents``, an article between at most, or a number):
    "the initiative was welcomed by the international community", "China's system, backed by 1.4
    billion people", "backed by many countries" tell how something was received, no act of anyone
    in the call, as "受到国际社会欢迎" does; an actor there ("welcomed by Xi", by the two sides) does
    the act (:func:`_passive_agent`)."""
    if lex.third_party_agent is None or lex.passive_agent is None or not lex.participle_endings \
            or not text[start:end].casefold().endswith(lex.participle_endings):
        return False
    by = lex.passive_agent.match(text, end)
    if by is None:
        return False
    pos = by.end()
    if lex.passive_agent_article is not None and (art := lex.passive_agent_article.match(text[pos:pos + 20])):
        pos += art.end()  # the article pattern is anchored with "^", so it reads a slice
    if any(m.start == pos for m in mentions):
        return False  # "by the Chinese side", "by him": an actor of the call, or one it may name
    quantified = lex.agent_quantifier is not None and lex.agent_quantifier.match(text, pos) is not None
    return quantified or lex.third_party_agent.match(text, pos) is not None


def _press_addressed(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` is a passive whose subject is the press (lexicon
    ``press_addressees``: a noun right before the auxiliary, two of its ``between`` words at most:
    "The media will be told", "reporters have been briefed"): what the press is told is no act of
    the call ("the press secretary was told" is no press)."""
    if lex.press_addressee is None or lex.passive is None:
        return False
    aux = _passive_before(text, start, lex)
    return aux is not None and lex.press_addressee.search(text, max(0, aux.start() - 80), aux.start()) is not None


def _instrumental(words: str, lex: Lexicon) -> bool:
    """Whether the actor's phrase before a passive auxiliary is in the instrumental case, the
    agent's ("Американской стороной было заявлено", "Госсекретарем США было предложено"; not
    "Американской стороне было указано"): its last declinable word (not "США") ends in one of the
    lexicon's ``agent_endings``."""
    if not lex.agent_endings:
        return False
    declinable = [w for w in _GAP_WORD.findall(words) if not w.isupper()]
    return bool(declinable) and len(declinable[-1]) > 3 and declinable[-1].casefold().endswith(lex.agent_endings)


#: A lower-case word and the spaces after it at the end of a text (:func:`_genitive_attribute`).
_LOWER_WORD_BEFORE = re.compile(r"(?<![\w-])[^\W\d_A-ZА-ЯЁ][\w-]*[ \t]+$")


def _genitive_attribute(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the actor ``m`` opens with a title in the genitive (lexicon ``genitive_titles``) right
    after a lower-case word, the noun it qualifies: "контакта Министра иностранных дел", "по
    приглашению Министра" name whose contact or invitation, no speaker; not a passive's agent
    (:func:`_agent`: "со стороны Министра").

    >>> lex = lexicon("ru", warn=False)
    >>> t = "Подготовка начнётся с телефонного контакта Министра иностранных дел."
    >>> m = Mention(t.index("Министра"), t.index("Министра") + 8, "Министра", "RU", "own")
    >>> _genitive_attribute(t, m, lex)
    True
    """
    words = m.text.split()
    if not lex.genitive_titles or not words or words[0].casefold() not in lex.genitive_titles:
        return False
    w = _LOWER_WORD_BEFORE.search(text, max(0, m.start - 40), m.start)
    return w is not None and w.group().strip().islower() and not _agent(text, m.start, lex)


#: A title's word in the genitive or an initial at the end of a text, and the spaces after it
#: (:func:`_agent`: "со стороны Президента США", "со стороны Д. Трампа").
_AGENT_GAP_WORD = re.compile(r"(?:[A-ZА-ЯЁ]\.[ \t]*)+$|[\w-]+[ \t]*$")


def _agent(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the actor at ``start`` is marked as a passive's agent ("С российской стороны было
    отмечено": by the Russian side), so it speaks; a holder's title in the genitive (lexicon
    ``genitive_titles``) and initials may stand between ("Со стороны Президента США", "со стороны
    Д. Трампа"; not "с Президентом США", with the US President)."""
    head = text[:start].rstrip()
    for _ in range(4):
        m = _AGENT_GAP_WORD.search(head)
        if m is None or not ("." in m.group() or m.group().strip().casefold() in lex.genitive_titles):
            break
        head = head[:m.start()].rstrip()
    head = head.casefold()
    return any(head.endswith(w.casefold()) and not head[:len(head) - len(w)][-1:].isalnum()
               for w in lex.agent_markers)


#: The most words (characters in Chinese, one more) between a conditional word and an act in its
#: clause (:func:`_conditional`): one that opens its clause, and one elsewhere ("Putin provided
#: details of the proposal ...": "provided" may be a verb).
_CONDITIONAL_REACH = 12
_CONDITIONAL_REACH_INSIDE = 6
#: What may stand right before a conditional word that opens its clause.
_OPENS_CONDITIONAL = re.compile(r"(?:^|[.;:!?,，。；：！？]|(?<!\w)(?i:that|что))\s*$")


def _conditional(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` lies in a conditional clause, so it is hypothetical, as after a
    modal: one of ``conditionals`` stands before it in its clause, six words between at most (twelve
    where the word opens its clause: "If by the end of that period the two sides fail to agree",
    "如果在这一期限结束时双方仍未能达成协议"), no punctuation nor "and" / "but" ("provided both sides reached agreement", "if the leaders of the two
    countries agree", "unless Russia agrees"; not "If they agree, the sides agreed to meet", nor
    "once again agreed"). The modals' three words reach "if Russia agrees" already."""
    if not lex.conditionals:
        return False
    skip = [(m.start(), m.end()) for m in _find_before(lex.not_conditionals, text, start)]
    return any(_gap_ok(text[m.end():start], lex, _CONDITIONAL_REACH if _OPENS_CONDITIONAL.search(
        text, max(0, m.start() - 8), m.start()) else _CONDITIONAL_REACH_INSIDE)
               and not _COORDINATOR.search(text[m.end():start])
               and not _overlaps(skip, m.start(), m.end()) for m in _find_before(lex.conditionals, text, start))


def _concessive(words: Sequence[str]) -> re.Pattern[str] | None:
    """The pattern of ``concessives``: after a comma or a dash, one of the words, then a negation or an
    adverb of how far ("not yet", "not formally") at most, up to the participle (the pattern's end)."""
    if not words:
        return None
    return re.compile(r"[,—–]\s*(?:" + _alternation(words) + r")(?:\s+(?:not|yet|still|as\s+yet|fully|formally"
                      r"|officially|finally|publicly))*\s+$", re.IGNORECASE)


def _inverted(words: Sequence[str]) -> re.Pattern[str] | None:
    """The pattern of ``inverted_conditionals``: one of the words, capitalised, opening the text or a
    sentence, a word after it ("Should the", not "Should." nor "should")."""
    if not words:
        return None
    alt = "|".join(re.escape(w[:1].upper() + w[1:]) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"(?:^|(?<=[.!?;]\s)|(?<=[.!?;]\s\s)|(?<=^[\"“«]))(?:" + alt + r")\s+(?=\w)")


def _inverted_conditional(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` lies in a clause opened by an inverted conditional ("Should the
    two sides fail to agree, the matter ...": the agreement is hypothetical; not the act after the
    comma)."""
    if lex.inverted_conditional is None:
        return False
    return any(m.end() <= start and _gap_ok(text[m.end():start], lex, 8)
               and not _COORDINATOR.search(text[m.end():start])
               for m in lex.inverted_conditional.finditer(text, 0, start))


def _term_reach(pattern: str) -> int | None:
    """How many runs of non-space characters an attempt to match a lexicon term's pattern
    (:func:`_term_regex`) reads at most: one for each white space it may match, one for the term's
    first word, one for the character it reads after the term, and room to spare; None for a
    pattern that repeats what matches white space ("...": up to four words) or is not a term's."""
    body = pattern.removeprefix(r"(?<!\w)").removesuffix(_TERM_END)
    if pattern not in _LITERALS or not _TERM_BODY.fullmatch(body):
        return None
    return pattern.count(r"\s") + sum(c.isspace() for c in pattern) + 4


#: What :func:`_term_regex` writes for a term of words alone: escaped characters, the white space
#: between words, an apostrophe of either form, a stem's ending (:func:`_term_reach`).
_TERM_BODY = re.compile(r"(?:\\s\+|\\w\*|\['’\]|\\[^A-Za-z0-9]|[^\\\[\](){}|*+?.^$])*")


@lru_cache(maxsize=256)
def _first_at(folded: str, literal: str) -> int:
    return folded.find(literal)


def _find_before(pats: Iterable[re.Pattern[str]], text: str, end: int) -> list[re.Match[str]]:
    """``_find(pats, text[:end])``, with the spans of ``text``: each pattern's scan of the text read
    once for the acts of a point (:class:`_ScanFrom`), where a scan of every act's prefix made a
    long point quadratic (:func:`_conditional`). The literal pre-check reads the whole text's folding
    where each character folds to one (the prefix's is then its start), else the prefix's."""
    folded = _folded(text)
    whole = folded is not None and len(folded) == len(text)
    head = None if whole else _folded(text[:end])
    found: list[re.Match[str]] = []
    for p in pats:
        literal = _LITERALS.get(p.pattern, "")
        if whole:
            at = _first_at(folded, literal)  # type: ignore[arg-type]
            if at < 0 or at + len(literal) > end:
                continue
        elif head is not None and literal not in head:
            continue
        found += [m for m in _scan_before(p, text, end) if m.end() > m.start()]
    return found


def _scan_before(p: re.Pattern[str], text: str, end: int) -> Iterable[re.Match[str]]:
    """``p.finditer(text, 0, end)``: a lexicon term's scan of the text read once for all the
    ``end``s of a point (:class:`_ScanFrom`), another pattern's scanned each time."""
    reach = _term_reach(p.pattern)
    return _ScanFrom.of(p, text, 0, reach).matches(end) if reach is not None else p.finditer(text, 0, end)


def _hedged(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether a ``hedges`` word qualifies the act at ``start:end``: within three words before it
    (a character between at most in Chinese), with no clause end nor coordinator between ("в принципе
    договорились", "原则上同意"), or, with words, two words after it at most, a comma between at most
    ("agreed in principle", "agreed to it in general terms", "договорились, в принципе,"), but not
    inside what it reports ("agreed that in principle ...")."""
    if _preceded_by(text, start, lex.hedges, lex, stop=_COORDINATOR):
        return True
    if not lex.boundaries:
        return False
    for m in _find(lex.hedges, text[end:end + 40]):
        gap = re.sub(r"^\s*,", " ", text[end:end + m.start()])
        if _gap_ok(gap, lex, 2) and not _RECALLED.search(gap) and not _COORDINATOR.search(gap):
            return True
    return False


def _stance(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the commitment term at ``start:end`` is one of ``stative_acts`` after a copula, two
    words between at most, no coordinator ("the US remains committed to the one-China policy", "are
    both firmly committed to"): it tells where the subject stands, as "reaffirmed" does, and is no
    agreement or pledge made in the call ("committed to keep up the talks" still is one). So is one
    of ``stance_acts``, which needs no copula ("中方致力于……", "Россия привержена ...")."""
    # the term's last word: "остаются приверженными" (remain committed, the instrumental after
    # "оставаться") is the stance "привержены" is
    words = text[start:end].casefold().split()
    if lex.stance_acts and words and words[-1].startswith(lex.stance_acts):
        return True
    return bool(lex.copulas) and text[start:end].casefold().startswith(lex.stative_acts) \
        and _preceded_by(text, start, lex.copulas, lex, window=2, stop=_COORDINATOR)


#: What opens the content of a verb of agreeing, after whom it is agreed with at most ("agreed that",
#: "agreed with Trump that"), and where that content ends.
_AGREED_THAT = re.compile(r"\s*(?:with\s+[^,.;:]{1,60}?\s*)?,?\s*that(?!\w)", re.IGNORECASE)
#: A sentence's end, not the point of an initial ("the U.S. and China would"). Until the fortieth round
#: this function read the tone rules' :data:`_CLAUSE_END`, defined later under the same name as its
#: own, and ended "agreed that the U.S. would ..." at "U.", missing the future.
_AGREED_CLAUSE_END = re.compile(r"(?<!\b[A-Z])[.;!?](?=\s|$)|[。；！？]")


def _shared_view(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the agreement term at ``start:end`` (one of ``view_agreements``) takes a that-clause
    with nothing of the future or of an obligation in it (``agreement_futures``): "they agreed that
    keeping lines of communication open is important", "the two leaders agreed that the talks were
    useful" share a view of how things stand and commit to nothing, where "agreed that the teams would
    meet", "agreed that both sides should ..." and "agreed to meet" still make an agreement. In
    Chinese, which has no "that", the entry holds it where it needs one ("同意，": "agreed that", not
    "同意保持联系", agreed to keep in touch) and the clause runs on right after it ("一致认为，这次会晤
    是坦诚的"; "一致认为应加强合作" is still an agreement)."""
    if not lex.view_agreements:
        return False
    head = text[start:start + max(map(len, lex.view_agreements))].casefold()
    entry = next((v for v in lex.view_agreements if head.startswith(v)), None)
    if entry is None:
        return False
    pos = max(end, start + len(entry))  # past a mark the entry ends in ("同意，")
    if lex.boundaries:
        m = _AGREED_THAT.match(text, pos)
        if m is None:
            return False
        pos = m.end()
    stop = _AGREED_CLAUSE_END.search(text, pos)
    clause = text[pos:stop.start() if stop else len(text)]
    return not any(p.search(clause) for p in lex.agreement_futures)


#: A word and the white space after it (:func:`_past`: the word between an act and a year after it).
_WORD_THEN_SPACE = re.compile(r"[\w'’-]+\s+")
#: A year the act is set in: "in 1994", "в 1990 году", "2015年".
_YEAR = re.compile(r"(?<!\w)(?:in|в)\s+(?:19|20)\d\d(?!\d)(?:\s*(?:году|г\.))?|(?:19|20)\d\d年", re.IGNORECASE)


#: What opens the content of a recalling verb ("recalled that", "напомнил, что"); "recalled the
#: agreements and agreed to continue" reports no earlier agreement.
_RECALLED = re.compile(r"(?<!\w)(?:that|что|как)(?!\w)", re.IGNORECASE)
#: Adverbs that may stand between "and" and the verb it joins ("and also stressed", "and once again
#: congratulated", "и вновь подчеркнул", "и ещё раз поздравил"): two at most, see :data:`_NEXT_VERB`, :data:`_AND_BEFORE`.
_AND_ADVERB = (r"(?:also|further|then|later|again|once\s+again|once\s+more|[a-z]+ly|также|тоже|затем|далее|вновь|снова"
               r"|опять|ещё\s+раз|еще\s+раз|в\s+свою\s+очередь)")
#: A coordinator right before a verb, adverbs between at most ("..., and stressed", "и подчеркнул",
#: "并强调", "and also noted"): see :func:`_new_report`.
_NEXT_VERB = re.compile(r"(?:(?<!\w)(?:and|и|а(?:\s+также)?)\s+(?:" + _AND_ADVERB + r"\s+){0,2}"
                        r"|(?:并且?|同时|并|[，,]\s*[他她])(?:还|也|并)?\s*)$", re.IGNORECASE)


def _new_report(text: str, start: int, strength: int, commits: bool) -> bool:
    """Whether the act at ``start`` is a new reporting verb joined by a coordinator, with no subject
    of its own ("The Secretary recalled that Lavrov had proposed talks, and stressed that ...",
    "напомнил, что ..., и подчеркнул", "回顾说，……，并强调"), or in Chinese a pronoun after a comma
    ("回顾说，……，他强调"): the speaker's next act in the call, which
    ends the reach of a recalling verb before it. A reporting verb says something (strength 1 or
    more) and commits to nothing: "had met in Geneva and discussed", "had committed to X and
    pledged Y" go on with what is recalled."""
    return strength >= 1 and not commits and bool(_NEXT_VERB.search(text, max(0, start - 30), start))


#: A Chinese clause that "并" joins to the one before, right before an act ("，并邀请", "，并且还"): see :func:`_past`.
_ZH_JOINED_CLAUSE = re.compile(r"[，,]并且?(?:也|还|又)?$")
#: A single verb and a coordinator right before an act ("made and" of "had recently made and agreed to"):
#: the act is the verb's second conjunct.
_CONJUNCT = re.compile(r"(?<![\w'’-])[^\W\d_]+\s+(?:and|or|и|или)\s+$", re.IGNORECASE)


def _past(text: str, start: int, end: int, lex: Lexicon, reports: Sequence[int] = (),
          sentences: Sequence[int] = (), mentions: Sequence[Mention] = ()) -> bool:
    """Whether the act at ``start:end`` is set before the call: what a ``recall_frames`` verb before
    it in its sentence reports ("recalled that Russia had committed"; in Chinese, which has no "that",
    see :func:`_recalled_zh`: "回顾了去年会晤双方同意推进的合作"), up to a new reporting verb
    (``reports``, the starts of the point's acts that :func:`_new_report` finds: "recalled that A,
    and stressed that B agreed"), a ``past_markers`` word or a year within three words before it in
    its clause ("had previously committed", "в 1990 году обязался", "曾多次承诺"), or a year right
    after it, a word between at most ("had promised in 2022", "agreed it in 2015"); or set in an
    earlier document (``past_documents``: "in all three joint communiqués the US recognised"), or
    in the past perfect in a named place (``past_places``: "as they had agreed in Tehran", "had
    reached a consensus at their San Francisco meeting"); or what
    a side is thanked or praised for (``thanked_for``: "thanked Erdoğan for accepting his invitation").
    ``sentences``: where the point's second and later sentences start (:func:`_sentence_start`);
    ``mentions``: the point's actors, one of which between an actor of earlier times and the act is
    the act's subject (:func:`_past_actor`)."""
    if _thanks_before(text, start, lex) is not None:
        return True
    if _perfect_then_marker(text, start, end, lex):
        return True
    if lex.past_actors and _past_actor(text, start, lex, mentions):
        return True
    # Chinese: room for a marker of three characters that ends within the window ("作出过明确承诺")
    if _preceded_by(text, start, lex.past_markers, lex, stop=_COORDINATOR, reach=7):
        return True
    # ... and a marker that is a verb in "过" (experienced: "作出过") and the act term its object, its
    # modifiers between in the clause ("美方在台湾问题上对中方作出过明确的政治承诺": commitments made before)
    if not lex.boundaries:
        lo = max(0, start - 12)
        if any(m.group().endswith("过") and not _CLAUSE_PUNCT.search(text, lo + m.end(), start)
               for m in _find(lex.past_markers, text[lo:start])):
            return True
    # the second of two verbs joined by "and" shares the first one's auxiliary and adverbs: "the deal
    # the countries had recently made and agreed to" is recalled as "had recently made" is (the marker
    # right before the first verb: not "earlier invaded Ukraine and agreed")
    if lex.boundaries and (m := _CONJUNCT.search(text, max(0, start - 40), start)) \
            and _preceded_by(text, m.start(), lex.past_markers, lex, window=0):
        return True
    # what a recalling verb reports happened before ("The Secretary recalled that Russia had committed
    # in the Budapest Memorandum to ...", "напомнил, что ... обязался"); not the verb itself, nor what
    # a second verb joined to it reports ("recalled the Geneva talks and stressed that Lavrov agreed",
    # "recalled that the sides met in Geneva, and stressed that Lavrov agreed")
    sentence = _sentence_start(text, start, sentences)
    frames = [m for m in _recall_frames(text, start, lex) if m.start() >= sentence]

    def reaches(lo: int) -> bool:
        return not any(lo <= r <= start for r in reports)

    if any((r := _RECALLED.search(text, m.end(), start)) and not _COORDINATOR.search(text, m.end(), r.start())
           and reaches(r.end()) for m in frames):
        return True
    if not lex.boundaries and any(_recalled_zh(text, m.end(), start, end) and reaches(m.end()) for m in frames):
        return True
    lo = max(0, start - (40 if lex.boundaries else 12))
    if any(_gap_ok(text[m.end():start], lex, 3) for m in _YEAR.finditer(text, lo, start)):
        return True
    if not lex.boundaries:
        return False
    if _in_document(text, start, end, sentence, lex):
        return True
    if lex.past_call is not None and _in_past_call(text, start, sentence, lex):
        return True
    if lex.pluperfect is not None and lex.past_place is not None and lex.past_place.match(text, end) \
            and lex.pluperfect.search(text, 0, start):
        return True  # "as they had agreed in Tehran": there, before the call
    after = _SPACE_RUN.match(text, end).end()  # end + len(text[end:]) - len(text[end:].lstrip())
    word = _WORD_THEN_SPACE.match(text, after)
    return bool(_YEAR.match(text, after) or (word and _YEAR.match(text, word.end())))


def _in_past_call(text: str, start: int, sentence: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` lies in a relative clause on an earlier call (``past_calls``:
    "the 14 March call in which the two presidents talked about ..."), in its sentence, eight words
    after the opener at most, no punctuation between."""
    assert lex.past_call is not None
    lo = max(sentence, start - 200)
    return any(not re.search(r"[.;:!?,]", gap := text[m.end():start]) and len(_GAP_WORD.findall(gap)) <= 8
               for m in lex.past_call.finditer(text, lo, start))


def _thanks_before(text: str, start: int, lex: Lexicon) -> re.Match[str] | None:
    """The phrase of thanks (lexicon ``thanked_for``) that runs up to the act at ``start``, in its
    clause: not across ", и" ("поблагодарил Эрдогана за то, что он принял приглашение, и подчеркнул":
    Putin stressed, in the call)."""
    if lex.thanked_for is None or (t := lex.thanked_for.search(text, max(0, start - 120), start)) is None:
        return None
    return None if _CLAUSE.search(text, t.start(), start) else t


#: What ends an act's clause, between an actor of earlier times and the act: see :func:`_past_actor`.
_PAST_ACTOR_STOP = re.compile(r"[,.;:!?，。；：！？]|(?<!\w)(?:and|but|и|но|а)(?!\w)|并|但|而", re.IGNORECASE)


def _past_actor(text: str, start: int, lex: Lexicon, mentions: Sequence[Mention] = ()) -> bool:
    """Whether an actor of earlier times (lexicon ``past_actors``: "successive US administrations",
    "предыдущие администрации США", "美国历届政府") is the subject of the act at ``start``: before
    it in its clause, 80 characters at most, no punctuation or coordinator between ("successive
    administrations have made clear commitments"; not "successive administrations failed, and
    Biden agreed"), nor another actor of ``mentions`` after it, which is the act's subject ("Like
    previous US administrations the Biden administration has made clear commitments": made now); the
    side they are of right after them is no other ("предыдущие администрации США обязались")."""
    lo = max(0, start - 80)
    for p in lex.past_actors:
        for m in p.finditer(text, lo, start):
            if not _PAST_ACTOR_STOP.search(text, m.end(), start) \
                    and not any(m.end() <= x.start < start and x.role in _ACTOR_ROLES
                                and not _OF_ACTOR.fullmatch(text, m.end(), x.start) for x in mentions):
                return True
    return False


#: What stands between actors of earlier times and the side they are of, right after them ("previous
#: administrations of the US", "предыдущие администрации США"): no other actor (:func:`_past_actor`).
_OF_ACTOR = re.compile(r"\s*(?:of\s+(?:the\s+)?)?", re.IGNORECASE)


#: The roles of a mention that names who acts (:func:`_past_actor`).
_ACTOR_ROLES = frozenset({"own", "counterpart", "both", "third", "pronoun"})


def _perfect_then_marker(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act at ``start:end`` is in the perfect ("has", "have", "had", a word between at
    most) with a ``past_markers`` word right after it: "the US had stated many times that ...",
    "Washington has said time and again that ..." tell what was said before the call, as "had
    previously stated" does. Only with the perfect: "Xi stressed repeatedly that ..." may be his
    emphasis in this call."""
    if not lex.boundaries or not any(p is not None and p.search(text, max(0, start - 40), start)
                                     for p in (lex.perfect, lex.pluperfect)):
        return False
    after = _SPACE_RUN.match(text, end).end()
    return after > end and any(p.match(text, after) for p in lex.past_markers)


def _past_joined_zh(text: str, start: int, lex: Lexicon, reports: Sequence[int]) -> bool:
    """Whether the Chinese act at ``start`` opens a clause joined by "并" to a clause set before the
    call by a past marker, and so shares it, as a verb joined by "and" does in English
    ("中国不久前隆重纪念……，并邀请……": the invitation came then too); not after a new reporting verb
    in between. The caller leaves out verbs of saying, which go back to the frame that reports the
    recalled clause ("王毅回顾说，美方曾同意……，并强调……": Wang's stress, in the call)."""
    if lex.boundaries or not (joined := _ZH_JOINED_CLAUSE.search(text, max(0, start - 4), start)):
        return False
    before = re.split(r"[，,。；;：:！!？?]", text[:joined.start()])[-1]
    lo = joined.start() - len(before)
    return bool(_find(lex.past_markers, before)) and not any(lo <= r < start for r in reports)


@lru_cache(maxsize=256)  # each act of a point asks again: scan its text once
def _semicolons(text: str) -> list[int]:
    """Where the semicolons of ``text`` stand (";", "；")."""
    return [m.start() for m in _SEMICOLON.finditer(text)]


_SEMICOLON = re.compile(r"[;；]")


def _sentence_start(text: str, start: int, sentences: Sequence[int]) -> int:
    """Where the sentence of the position ``start`` starts, for what a recall frame reaches: the
    start of its sentence among ``sentences`` (where the second and later ones start,
    :func:`readouts.segmentation.split_spans`: "Э.Макрону", "С.В. Лавров", "the U.S. had" end
    none), or right after a semicolon before it, whichever is later; else 0."""
    marks = _semicolons(text)
    i = bisect_left(marks, start)
    j = bisect_right(sentences, start)
    return max(marks[i - 1] + 1 if i else 0, sentences[j - 1] if j else 0)


def _recall_frames(text: str, start: int, lex: Lexicon) -> list[re.Match[str]]:
    """``_find(lex.recall_frames, text[:start])``: the patterns whose literal the whole text lacks
    are skipped (case folding maps each character alone, so a part's folding is part of the
    whole's), and the text is folded once, not each part of it once an act; each pattern's scan of
    the text is read once for the point's acts (:class:`_ScanFrom`, :func:`_find_before`)."""
    pats = _present(lex.recall_frames, text)
    if pats is None:
        return _find_before(lex.recall_frames, text, start)
    return [m for p in pats for m in _scan_before(p, text, start) if m.end() > m.start()]


@lru_cache(maxsize=256)
def _present(pats: tuple[re.Pattern[str], ...], text: str) -> tuple[re.Pattern[str], ...] | None:
    """Those of ``pats`` whose literal is in ``text`` (:func:`_scan`), None where ``text`` cannot be
    folded for the check (:func:`_folded`)."""
    folded = _folded(text)
    return None if folded is None else tuple(p for p in pats if _LITERALS.get(p.pattern, "") in folded)


#: Words that make a phrase after "in" no document's name ("in line with the communiqués", "in the
#: spirit of the Treaty"): what follows them is what the act keeps to, now.
_NOT_IN_NAME = frozenset({"of", "with", "to", "for", "on", "by", "at", "from", "and", "or", "than", "that", "which"})


class _ScanFrom:
    """``pattern.finditer(text, sentence, endpos)`` for the acts of a point, each with its own
    ``endpos``: the scan from ``sentence`` (a sentence's start, or 0) read once, where a scan from
    there for every act made a long point quadratic (:func:`_in_document`, ``lex.past_document``;
    :func:`_find_before`, a lexicon term's pattern).

    An attempt to match at a position reads ``reach`` runs of non-space characters at most (by
    default: ``lex.past_document``'s terms, its five words between, the character after them), so
    where those end before ``endpos`` it goes as it would with no ``endpos``: the scan's matches
    that start before ``_runs_start(text, endpos, reach)`` are those of a scan of the whole text
    (kept, in ``read``), and no other match starts between the last of them and that position;
    the scan goes on from there to ``endpos`` as before."""

    def __init__(self, pattern: re.Pattern[str], text: str, sentence: int, reach: int | None = None) -> None:
        self.pattern, self.text, self.sentence = pattern, text, sentence
        # how far the scan is read (``upto``), and the whole text's matches that start before it; one
        # tuple, replaced whole
        self.read: tuple[int, list[re.Match[str]]] = (sentence, [])
        self.reach = sum(c.isspace() for c in pattern.pattern) + 10 if reach is None else reach

    @staticmethod
    @lru_cache(maxsize=128)
    def of(pattern: re.Pattern[str], text: str, sentence: int, reach: int | None = None) -> "_ScanFrom":
        return _ScanFrom(pattern, text, sentence, reach)

    def matches(self, endpos: int) -> list[re.Match[str]]:
        """``list(self.pattern.finditer(self.text, self.sentence, endpos))``."""
        lo = _runs_start(self.text, endpos, self.reach)
        upto, found = self.read
        if lo > upto:
            at = found[-1].end() if found else self.sentence
            rest = list(self.pattern.finditer(self.text, max(at, upto), endpos))
            found = found + [m for m in rest if m.start() < lo]
            self.read = (lo, found)
            return found + [m for m in rest if m.start() >= lo]
        kept = [m for m in found if m.start() < lo]
        at = kept[-1].end() if kept else self.sentence
        return kept + list(self.pattern.finditer(self.text, max(at, lo), endpos))


def _in_document(text: str, start: int, end: int, sentence: int, lex: Lexicon) -> bool:
    """Whether the act at ``start:end`` is set in an earlier document (``past_documents``): one that
    a phrase names or counts ("in all three China-US joint communiqués", "in the 1972 Shanghai
    Communiqué", "under the Budapest Memorandum"), before the act in its sentence with five words
    between at most (a comma right after the document at most, no other punctuation, no "and" /
    "but"), or right after the act ("recognised in the Shanghai Communiqué that")."""
    if lex.past_document is None:
        return False
    for m in _ScanFrom.of(lex.past_document, text, sentence).matches(min(len(text), end + 120)):
        words = m.group(1).split()
        if any(w.casefold() in _NOT_IN_NAME for w in words) or not any(
                w[0].isupper() or w[0].isdigit() or any(p.fullmatch(w) for p, _ in lex.number_words) for w in words):
            continue
        if m.start() >= end:
            if not text[end:m.start()].strip():
                return True
            continue
        gap = re.sub(r"^\s*,", " ", text[m.end():start])
        if m.end() <= start and _gap_ok(gap, lex, 5) and not _COORDINATOR.search(gap):
            return True
    return False


#: What ends a clause inside a Chinese sentence, and what opens a clause that goes on listing what
#: is recalled ("，以及他近期提出的……").
_ZH_CLAUSE_BREAK = re.compile(r"[,，:：、]")
_ZH_LIST_GOES_ON = re.compile(r"\s*(?:以及|及|和|与|还有|包括)")
#: What may stand between a recalling verb and a verb of its own ("回顾说", "回顾了"): that verb is
#: the recall's own saying, no earlier act.
_ZH_FRAME_TAIL = re.compile(r"\s*[了着过地]?\s*")
#: A recalling verb's own saying and a comma or colon right after it ("回顾说，", "忆及，", "回忆道："):
#: like "recalled that", it opens what is recalled.
_ZH_RECALL_OPENS = re.compile(r"\s*(?:说|道|称|表示|指出)?\s*[，,:：]")


def _recalled_zh(text: str, frame_end: int, start: int, end: int) -> bool:
    """Whether the Chinese act at ``start:end`` lies in what a recalling verb ending at ``frame_end``
    names, in its sentence (Chinese has no "that" to open it; the caller keeps to the sentence, up to
    "。" or "；"):

    * in the recalling verb's own clause, no comma between, it does ("习近平回顾了去年旧金山会晤双方
      同意推进的各项合作": 同意 was done at that meeting), unless it stands right after the verb
      ("回顾说": the recall's own saying);
    * where a comma or colon follows the verb, or its own saying, at once ("回顾说，", "忆及，"), it
      opens what is recalled, as "recalled that" does: any act after it in the sentence is recalled
      ("王毅回顾说，布林肯同意……"), up to a new reporting verb (see :func:`_past`);
    * after a comma it does only where the clause goes on naming what is recalled: it opens with a
      list word ("，以及他近期提出的……") or the act qualifies a noun ("，他提出的三点原则"). Any other
      act there is its clause's main verb, an act of this call, with a subject of its own or none
      ("，他强调……", "双方回顾了……，同意加强沟通")."""
    gap = text[frame_end:start]
    if _ZH_FRAME_TAIL.fullmatch(gap):
        return False
    if _ZH_RECALL_OPENS.match(gap):
        return True
    breaks = list(_ZH_CLAUSE_BREAK.finditer(gap))
    if not breaks:
        return True
    clause = gap[breaks[-1].end():]
    return bool(_ZH_LIST_GOES_ON.match(clause)) or text.startswith("的", end)


def _recorded(text: str, k: int, acts: Sequence[Act], frames: dict[int, tuple[int, int]], lex: Lexicon) -> Act:
    """``acts[k]``, recalled where what a speaker reports of another side is that side's record or
    standing position, no act of the call: an act in the present perfect ("The US has committed to
    X, he said.", "Yang said that the US has pledged ..."), or a commitment stated as a stance (see
    :func:`_stance`: "Dong said that the two presidents are committed to ..."). The reporter is the
    trailing reporting clause (``frames``) whose report holds it, else the last act before it that
    is no content. An act of the reporter's own side is kept, and so is one of both sides in the
    perfect ("he said the two sides have agreed", which may be the call's agreement)."""
    a = acts[k]
    if not a.content or a.past:
        return a
    perfect = a.speaker != "both" and lex.perfect is not None and bool(lex.perfect.search(text, 0, a.start))
    stance = not a.commits and a.name in lex.commit_names \
        and _stance(text, a.start, a.end, lex)
    if not perfect and not stance:
        return a
    framing = [f for f, (lo, comma) in frames.items() if lo <= a.start < comma]
    reporter = next((x for x in acts if framing and x.start == framing[0]), None) \
        or next((x for x in reversed(acts[:k]) if not x.content), None)
    if reporter is None or reporter.speaker == "both" or reporter.speaker_side == a.speaker_side:
        return a
    return replace(a, past=True)


#: An ellipsis that repeats the act before it for another actor: "…, as did Foreign Minister
#: Lavrov", "… and so did Wang Yi" (the actor after it), "President Xi did the same" (before it).
_ECHO_AFTER = re.compile(r"(?:,\s*|\s+)(?:as|and\s+so)\s+(did|had|was|were)\s+", re.IGNORECASE)
_ECHO_BEFORE = re.compile(r"\s+(did|does)\s+(?:the\s+same|likewise)(?!\w)", re.IGNORECASE)


def _echoes(text: str, acts: list[Act], mentions: Sequence[Mention], lex: Lexicon) -> list[Act]:
    """``acts`` with the acts an English ellipsis repeats for another actor ("The Secretary welcomed
    the agreement, as did Foreign Minister Lavrov"): a copy of the act before it, credited to that
    actor, its span the auxiliary ("did")."""
    if lex.language != "en" or not acts:
        return acts
    out = list(acts)
    for pat, after in ((_ECHO_AFTER, True), (_ECHO_BEFORE, False)):
        for m in pat.finditer(text):
            prev = [a for a in acts if a.end <= m.start()]
            if after:
                who = [x for x in mentions if x.start >= m.end() and x.role != "pronoun"
                       and _NAMES_ONLY.fullmatch(text, m.end(), x.start)]
            else:
                who = [x for x in mentions if x.end <= m.start() and x.role != "pronoun"
                       and not text[x.end:m.start()].strip()][-1:]
            if not prev or not who:
                continue
            role, side, span = _role_side(who[0])
            out.append(replace(prev[-1], start=m.start(1), end=m.end(1), text=m.group(1), speaker=role,
                               speaker_side=side, speaker_span=span, content=False))
    return sorted(out, key=lambda a: a.start)


def _negated_across_coverb(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a negation stands before a coverb's phrase that ends at the act ("未就台湾问题达成一致",
    "拒绝就此作出承诺"): the negation is the act's, however long the phrase."""
    if not lex.negation_coverbs:
        return False
    head = text[max(0, start - 20):start]
    for cv in lex.negation_coverbs:
        i = head.rfind(cv)
        if i > 0 and not re.search(r"[，。；,;：:]", head[i:]) and any(
                m.end() == i for m in _find(lex.negations, head[:i])):
            return True
    return False


#: Nouns joined to the act after them that end a gap ("沟通和" of "深入的沟通和交流", "讨论、"): one noun
#: phrase with the act, which a "的" before them qualifies whole (:func:`_modifies_noun`).
_ZH_JOINED_NOUNS_END = re.compile(r"(?<=的)(?:[\u4e00-\u9fff]{1,4}?(?:和|与|及|、))+$")


def _after_alternative(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` comes right after a phrase that sets it aside for another
    (lexicon ``alternatives``: "rather than", "instead of", "а не", "而不是"), white space between at
    most: "to respect this difference rather than demand uniformity" makes no demand."""
    before = text[max(0, start - 30):start].rstrip().casefold()
    return any(before.endswith(a) and (not lex.boundaries or not before[:-len(a)][-1:].isalnum())
               for a in lex.alternatives)


def _modified_head(text: str, end: int, lex: Lexicon) -> bool:
    """Whether one of ``modified_heads`` follows an actor term ending at ``end``: right after it
    where words are not spaced ("美国经济"), as the next word where they are ("US actions")."""
    if not lex.modified_heads:
        return False
    if not lex.boundaries:
        return any(text.startswith(h, end) for h in lex.modified_heads)
    word = re.match(r"\s+([^\W\d_]+)(?![\w'’-])", text[end:end + 40])
    return word is not None and word.group(1).casefold() in lex.modified_heads


def _modifies_noun(text: str, m: Mention, start: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the actor ``m`` before the act at ``start`` qualifies a noun between ("美方作出的承诺必须",
    "美方的做法"), so is not the act's subject: a noun mark between it and the next actor or the
    act, with its noun before the act ("进行了坦诚、深入的交流" is the act itself, and so are nouns joined
    to it after a verb of holding a talk: "进行了充分、深入的沟通和交流"), and no coverb
    before the mark ("中方对美方的做法表示关切", "双方还就共同关心的问题交换了意见": the noun is the
    coverb's object); or one of ``modified_heads`` right after it ("美国经济", "中国企业")."""
    if not lex.boundaries and _modified_head(text, m.end, lex):
        return True  # "美国经济", "中国企业": the actor qualifies the noun right after it
    if not lex.noun_marks:
        return False
    upto = min([x.start for x in mentions if x.start >= m.end] + [start])
    gap = text[m.end:upto]
    if upto == start:
        gap = gap.rstrip()
        # "双方进行了充分、深入的沟通和交流": after a verb of holding a talk the mark qualifies the talk
        # nouns joined to the act ("沟通和"), the act's own noun phrase, as in "进行了深入的交流"
        if lex.talk_verbs and gap.startswith(lex.talk_verbs):
            gap = _ZH_JOINED_NOUNS_END.sub("", gap)
        gap = next((gap[:-len(mk)] for mk in lex.noun_marks if gap.endswith(mk)), gap)
    first = min((gap.find(mark) for mark in lex.noun_marks if mark in gap), default=-1)
    return first >= 0 and not any(cv in gap[:first] for cv in lex.coverbs)


#: The most characters of a topic phrase ("就……", lexicon ``topic_coverbs``) between two joined
#: actors and their act.
_TOPIC_REACH = 40


def _speaker_of(text: str, start: int, region_start: int, mentions: list[Mention], lex: Lexicon,
                pronoun: _Who, inherited: _Who, clause: bool = True, everyone: Sequence[Mention] = (),
                name: str = "", starts: tuple[_Starts, _Starts] | None = None) -> _Who:
    """Who performs the act at ``start``: the actor term just before it ("Lavrov stressed", "拜登表示"),
    two sides joined by "and" (both), else the first actor opening the clause, else ``inherited``.
    A pronoun subject ("He stressed") refers to ``pronoun``. ``clause``: whether ``region_start``
    opens a clause; where it is instead the end of the previous act, an actor right there is that
    act's object ("Blinken briefed Wang on ... and stressed"), not the next act's subject.
    ``starts``: the :class:`_Starts` of ``mentions`` and ``everyone``, where the caller has read them."""
    if starts is None or starts[0].mentions is not mentions or starts[1].mentions is not everyone:
        starts = (_Starts(mentions), _Starts(everyone))
    own, every = starts
    # "По словам Юрия Ушакова, ...", "которая, по словам министра, идёт ...": the words are those of
    # the actor named right after the term (in the genitive), whatever subject stands before it
    if lex.speaker_after is not None and (said := lex.speaker_after.match(text, start)) is not None \
            and ((after := _named_after(text, said.end(), every)) is not None
                 or (any(p.fullmatch(text, start, said.end()) for p in lex.named_openers)
                     and (after := _titled_after(text, said.end(), every, lex)) is not None)):
        return _role_side(after)
    # Russian inversion in a parenthetical or closing reporting clause: "Блинкен, как отметил Лавров,
    # уклонился", "…, отметил Лавров.": the speaker follows the verb, in the nominative (not
    # "заявил Блинкену", to Blinken), and the clause ends right after it.
    if lex.post_pronoun and re.search(r"(?:,\s*как|,)\s*$", text[max(0, start - 12):start], re.IGNORECASE):
        after = _named_after(text, _act_end(text, start), every)
        if after is not None and _CLAUSE_CLOSE.match(text, after.end) \
                and not after.text.split()[0].casefold().endswith(lex.agent_endings + lex.dative_endings):
            return _role_side(after)
    before = own.within(region_start, start)
    # an act in a future form ("поддержит"): a "что" clause's own verb, not the reporter's
    future = any(p.match(text, start) for p in lex.future_acts)
    # an actor that a noun mark ties to a noun between ("美方作出的承诺必须……") qualifies that noun,
    # and is not the act's subject
    near = [m for m in before if (_gap_ok(text[m.end:start], lex) or _coverb_reach(text, m, start, everyone or before, lex))
            and not _frame_end(text[m.end:start], lex) and not _modifies_noun(text, m, start, before, lex)]
    # "... with Foreign Minister Lavrov, who agreed ...": the actor before "who" is the subject,
    # even where it is an object of the main clause
    rel = [m for m in every.within(region_start, start) if m.role != "pronoun"
           and lex.relative is not None and lex.relative.fullmatch(text, m.end, start)]
    if rel:
        return _role_side(rel[-1])
    if not near and (lex.topic_coverbs or lex.talk_verbs):
        # "王毅同布林肯就乌克兰问题交换了意见": the topic phrase of a coverb ("就", on) between two
        # actors joined by "同" and their act keeps them joined, as "王毅同布林肯交换了意见" is: the
        # two sides' act (an actor alone before it is left to the rules below, as before); so does
        # a verb of holding a talk and its words before the talk ("习近平同拜登进行了长时间的视频通话",
        # "held a long videoconference conversation with": no more the actor's alone), a list of them
        # joined by "、" too ("进行了坦诚、深入的交流")
        for m in reversed(before):
            gap = text[m.end:start]
            topic = bool(lex.topic_coverbs) and gap.startswith(lex.topic_coverbs)
            talk = name == "discussed" and bool(lex.talk_verbs) and gap.startswith(lex.talk_verbs)
            if m.role in ("own", "counterpart") and (topic or talk) \
                    and not re.search(r"[.;:!?,。；：！？，]" if talk else r"[.;:!?,。；：！？，、]", gap) \
                    and len(gap) <= _TOPIC_REACH:
                x = next((x for x in reversed(before) if x.end <= m.start and x.role in ("own", "counterpart")
                          and x.side != m.side and _joined(text, x, m, before, lex)), None)
                if x is not None:
                    return "both", "both", (x.start, m.end)
                break
    if near:
        m = near[-1]
        # "thanked Putin for the support they had offered": a plural pronoun in what a side is thanked
        # for is the thanked side, as "he" is (below), not the two sides
        if m.role == "both" and text[m.start:m.end].casefold() in lex.plural_pronouns \
                and (thanked := _thanked(text, m, start, lex, every)) is not None:
            return thanked.role, thanked.side, (m.start, m.end)
        # "Biden and Xi agreed": two different sides joined right before the act.
        # A pronoun counts as the side it refers to ("习近平强调，他和拜登都认为").
        prev = [x for x in before if x.end <= m.start and _joined(text, x, m, before, lex)
                and (x.role in ("own", "counterpart") or (x.role == "pronoun" and pronoun[0] in ("own", "counterpart")))]
        if prev and m.role in ("own", "counterpart") \
                and (pronoun[1] if prev[-1].role == "pronoun" else prev[-1].side) != m.side:
            return "both", "both", (prev[-1].start, m.end)
        if m.role == "pronoun" and prev and prev[-1].role in ("own", "counterpart") and pronoun[0] != "both":
            # "应拜登请求，习近平同他进行了视频通话": a pronoun joined after an actor is another one
            # than that actor, the actor of another side named before it in the point (Biden), else
            # the previous speaker; with a side other than the actor's, the two act together
            ante = [y for y in (everyone or mentions) if y.end <= m.start and y is not prev[-1]
                    and y.role in ("own", "counterpart") and y.side != prev[-1].side]
            if (ante[-1].side if ante else pronoun[1]) not in (None, prev[-1].side):
                return "both", "both", (prev[-1].start, m.end)
        if m.role == "pronoun":
            # The pronoun itself is the evidence for whom it refers to; a singular pronoun never
            # refers to both sides ("Biden and Xi agreed ..., and he stressed").
            if pronoun[0] == "both":
                return "unspecified", None, None
            if (thanked := _thanked(text, m, start, lex, every)) is not None:
                return thanked.role, thanked.side, (m.start, m.end)
            return (pronoun[0], pronoun[1], (m.start, m.end)) if pronoun[0] != "unspecified" else pronoun
        # "Lavrov warned against arming Ukraine and said ...", "The Secretary spoke today with
        # Lavrov and urged ...", "noted Lavrov's concerns but stressed", "responded to Biden's
        # remarks by stressing": a term followed by a coordinator is the object of the earlier
        # verb; the subject carries over, or else the actor opening the clause is it.
        if (_COORDINATOR.search(text, m.end, start) or _BY.search(text, m.end, start)) \
                and not (future and _CLAUSE_SUBJECT.search(text, max(0, m.start - 16), m.start)):
            # ... the subject opening the act's own clause, if one does ("Xi had set out ..., and
            # Trump had responded, saying he looked forward to ties with Xi and stressing ...")
            opening = [x for x in before if x.role != "pronoun" and x.end <= m.start]
            if clause and opening and _opens_clause(text, region_start, opening[0].start, lex) \
                    and opening[0].role in ("own", "counterpart", "both"):
                return _role_side(opening[0])
            if inherited[0] != "unspecified":
                return inherited
        return _role_side(m)
    # ... as is the subject opening a "что" clause for a future in it ("заявил, что Вашингтон откажется
    # от санкций и поддержит переговоры": the US will support; an English "and warned" after "that the
    # US would respond" is the reporter's again, no future)
    reported = [m for m in before if future and m.role in ("own", "counterpart", "both")
                and _CLAUSE_SUBJECT.search(text, max(0, m.start - 16), m.start) and not _CLAUSE_MARK.search(text, m.end, start)]
    if reported:
        return _role_side(reported[-1])
    # Chinese: "both" opening a clause after a comma, in the act's region (after the act before it at
    # least), is its subject, not the actor opening the sentence ("王毅同沙利文举行会谈，双方进行了坦诚的
    # 讨论": the two sides discussed; "习近平同他进行了视频通话，双方就……交换了意见"); no other actor or
    # comma between it and the act
    if not lex.boundaries:
        lead = [m for m in before if m.role == "both" and m.start > region_start and text[m.start - 1] in "，,"
                and not re.search(r"[，,]", text[m.end:start])]
        if lead and not any(x.start >= lead[-1].end for x in before):
            return _role_side(lead[-1])
        # ... and so is a side's actor there where no actor opens the sentence ("一个中国原则……是……政治
        # 基础，美国历届政府对此都作出过明确承诺"): the US administrations committed
        lead = [m for m in before if m.role in ("own", "counterpart") and m.start > region_start
                and text[m.start - 1] in "，," and not re.search(r"[，,]", text[m.end:start])
                and not _modifies_noun(text, m, start, before, lex)]
        if lead and not any(x.start >= lead[-1].end for x in before) \
                and not any(x.start < lead[-1].start and x.role != "pronoun"
                            and not _modifies_noun(text, x, start, before, lex) for x in before):
            return _role_side(lead[-1])
    opening = [m for m in before if m.role != "pronoun" and not _modifies_noun(text, m, start, before, lex)]
    if clause and opening and not _opens_clause(text, region_start, opening[0].start, lex):
        # an actor inside a fronted gerund's phrase ("Acting on what the two leaders agreed, Wang
        # ...") is none of the main clause's: the first actor after the phrase opens it
        opening = opening[next((k for k, x in enumerate(opening) if _fronted_gerund(text, region_start, x.start, lex)),
                               len(opening)):] or opening
    if clause and opening and _opens_clause(text, region_start, opening[0].start, lex) \
            and opening[0].role in ("own", "counterpart", "both"):
        if lex.subject_drop and opening[0].role != "both":
            # "王毅同布林肯举行会谈，就……交换了意见": an actor that opens the clause joined to one of the
            # other side ("同", "与") with no act of theirs read, and the act in a later clause with
            # its subject dropped: the two are its subject, as they are after "王毅同布林肯通电话，"
            pair = next((y for y in opening[1:] if y.role in ("own", "counterpart") and y.side != opening[0].side
                         and _joined(text, opening[0], y, before, lex)), None)
            if pair is not None and _CLAUSE_MARK.search(text, pair.end, start) \
                    and not _CLAUSE_MARK.search(text, opening[0].end, pair.start):
                return "both", "both", (opening[0].start, pair.end)
        elif lex.boundaries and opening[0].role != "both":
            # "Chinese SR Wang Yi and Indian SR Doval held substantive discussions ... and arrived
            # at a consensus": the subject that opens the clause is two actors of different sides
            # joined by "and" (:func:`_joined`), the first after titles of its own side at most; too
            # far from the act for the rule above (``near``), it is still the two sides'
            head = [x for x in opening if x.side == opening[0].side and x.role == opening[0].role
                    and (x is opening[0] or _NAMES_ONLY.fullmatch(text, opening[0].end, x.start))]
            pair = next((y for y in opening if y.role in ("own", "counterpart") and y.side != opening[0].side
                         and any(x.end <= y.start and _joined(text, x, y, before, lex) for x in head)), None)
            if pair is not None:
                return "both", "both", (opening[0].start, pair.end)
        return _role_side(opening[0])
    # A subject pronoun right after the verb: "сказал он", "подчеркнула она" (Russian inversion).
    if lex.post_pronoun and (m := lex.post_pronoun.match(text, _act_end(text, start))) and pronoun[0] != "unspecified":
        return pronoun[0], pronoun[1], (m.start(1), m.end(1))
    # After a quotation and its dash the speaker follows the verb: "«…», — подчеркнул С.В.Лавров".
    if lex.post_pronoun and re.search(r"[—–-]\s*$", text[region_start:start]):
        if (after := _named_after(text, _act_end(text, start), every)) is not None:
            return _role_side(after)
    # "Об этом заявил Лавров.", "Важность диалога подчеркнул министр.": with no subject before a
    # verb of saying, the actor right after it, in the nominative, is its speaker
    if name in _SAYING and (inverted := _inverted_subject(text, start, mentions, lex, own)) is not None:
        return _role_side(inverted)
    return inherited


def _thanked(text: str, m: Mention, start: int, lex: Lexicon, every: _Starts) -> Mention | None:
    """The actor thanked or praised where the pronoun ``m`` is the subject of the act at ``start``,
    what they are thanked for (lexicon ``thanked_for``, a term whose gap takes the subject): the first
    actor after the verb of thanks, before the pronoun ("Путин поблагодарил Эрдогана за то, что он
    принял приглашение": Erdoğan accepted, not Putin). None where no actor stands there."""
    if (t := _thanks_before(text, start, lex)) is None or t.start() > m.start:
        return None
    return next((x for x in every.within(t.start(), m.start) if x.role in ("own", "counterpart")), None)


def _named_after(text: str, end: int, starts: _Starts) -> Mention | None:
    """The first actor (no pronoun) after ``end`` with nothing but titles, first names and initials
    between (:data:`_NAMES_ONLY`), of the mentions in ``starts``: "отметил Лавров", "— подчеркнул
    С.В.Лавров". None past the run of capitalised words after ``end`` (:data:`_NAMES_REACH`), which
    no later mention is read across."""
    reach = _NAMES_REACH.match(text, end).end()  # type: ignore[union-attr]
    for m in starts.after(end):
        if starts.ordered and m.start > reach:
            return None
        if m.role != "pronoun" and _NAMES_ONLY.fullmatch(text, end, m.start):
            return m
    return None


#: What closes the clause right after an inverted speaker: punctuation, or the end of the text.
_CLAUSE_CLOSE = re.compile(r"\s*(?:[,.;:!?)»]|$)")


#: What makes the actor right after it the subject of a clause of its own, for a future act in it
#: ("заявил, что Вашингтон снимет санкции и поддержит ...": Washington's, not an object of an
#: earlier verb whose subject carries over past "и"; see :func:`_speaker_of`).
_CLAUSE_SUBJECT = re.compile(r"(?<!\w)(?:что|чтобы|that)\s+$", re.IGNORECASE)


def _opens_clause(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether an actor at ``hi`` opens the clause that starts at ``lo``: titles, first names or a
    connective before it at most (:func:`_name_prefix`), after a fronted phrase and its comma at most
    ("On the Middle East, Borrell addressed the attack and called for ...": Borrell's call)."""
    if lex.name_prefix.fullmatch(text[lo:hi]):
        return True
    m = lex.fronted.match(text, lo, hi) if lex.fronted is not None else None
    return m is not None and lex.name_prefix.fullmatch(text, m.end(), hi) is not None \
        or _fronted_gerund(text, lo, hi, lex)


def _fronted_gerund(text: str, lo: int, hi: int, lex: Lexicon) -> bool:
    """Whether the clause at ``lo`` opens with a gerund's phrase (lexicon ``gerund_endings``), however
    long, whose last comma stands before ``hi`` with titles or first names between at most: "Acting
    on the common understandings reached by the two leaders at their Kazan meeting, Chinese SR Wang
    Yi ...": the actor at ``hi`` opens the main clause, an actor inside the phrase does not."""
    if not lex.gerund_endings or not lex.boundaries:
        return False
    first = _GAP_WORD.match(text, _SPACE_RUN.match(text, lo, hi).end(), hi)
    if first is None or not first.group()[:1].isupper() or len(first.group()) <= 4 \
            or not first.group().casefold().endswith(lex.gerund_endings):
        return False
    comma = text.rfind(",", first.end(), hi)
    return comma >= 0 and not re.search(r"[;:.!?()]", text[first.end():comma]) \
        and lex.name_prefix.fullmatch(text, comma + 1, hi) is not None


#: Acts whose verb a Russian speaker may follow ("Об этом заявил Лавров"): verbs of saying.
_SAYING = frozenset({"stated", "stressed", "reaffirmed"})
#: The acts whose verb reports what follows it with no "that" ("said he believed ...", "warned he
#: considered it dangerous"): the verbs of saying and of warning (:func:`_acts_raw`'s stated views).
_REPORTING = _SAYING | {"warned"}
#: What may stand between the actor terms of one titled name ("министр иностранных дел России
#: Сергей Лавров"): words, no punctuation, no preposition ("о позиции Украины" names a topic); or
#: initials ("Президент России В.В. Путин", "Министра иностранных дел России С. В. Лаврова").
_TITLE_GAP = re.compile(r"(?:\s+(?:[\w-]{3,}|[A-ZА-ЯЁ]\.(?:\s?[A-ZА-ЯЁ]\.){0,2})){0,3}\s*")


def _inverted_subject(text: str, start: int, mentions: Sequence[Mention], lex: Lexicon,
                     starts: _Starts | None = None) -> Mention | None:
    """The speaker that follows the verb of saying at ``start`` (lexicon ``inverted_subjects``): an
    actor right after it, titles and first names between at most, whose run of titles and names
    ("госсекретарь США Энтони Блинкен", "министр иностранных дел России Сергей Лавров") ends the
    clause; its last actor names the speaker (the side of "глава МИД Турции" is Türkiye's). None
    where the word right after the verb is in a case no subject takes: the instrumental, the
    dative ("заявил Блинкену": to Blinken), or a man's accusative ("заверил госсекретаря") after a
    verb that is not feminine ("заявила Захарова" is a subject), unless the lexicon lists it as
    a nominative ("глава"). ``starts``: the :class:`_Starts` of ``mentions``, where the caller has
    read them."""
    if not lex.inverted_subjects:
        return None
    end = _act_end(text, start)
    after = (m for m in (starts if starts is not None and starts.mentions is mentions else _Starts(mentions)).after(end)
             if m.role != "pronoun")
    first = next(after, None)
    if first is None or not _NAMES_ONLY.fullmatch(text, end, first.start):
        return None
    head = _GAP_WORD.search(text, end)
    word = head.group().casefold() if head else ""
    if not word or (not head.group().isupper() and (  # type: ignore[union-attr]
            word.endswith(lex.agent_endings + lex.dative_endings)
            or (word.endswith(lex.object_endings) and word not in lex.nominative_words
                and not text[start:end].casefold().endswith(lex.feminine_verb_endings)))):
        return None
    run = [first]
    for m in after:
        if not _TITLE_GAP.fullmatch(text, run[-1].end, m.start):
            break
        run.append(m)
    return run[-1] if re.match(r"\s*(?:[,.;:!?)»]|$)", text[run[-1].end:]) else None


#: A capitalised word or an initial, with what follows it: a title or a first name ("Vice",
#: "Владимир", "С.").
_NAME_WORD = r"[A-ZА-ЯЁ][\w\-]*\.?(?:\s+|(?<=\.))"

#: What joins two actors acting together: "and", "и", "与", with titles between ("Sullivan and
#: Vice Chairman Zhang"), after "the" or a possessive at most ("The Chancellor and the Russian
#: President discussed": "Russian" is the second actor).
#: A title of two joined by "and" counts as one ("Indian SR and National Security Adviser Doval").
_JOINED = re.compile(r"\s*(?i:and|и|с|со|与|和|同)\s*(?:(?i:the|his|her|their|его|её|ее|их)\s+)?(?:"
                     + _NAME_WORD + r"(?:and\s+(?=[A-Z]))?)*")
#: Nothing but titles, first names and initials ("Президентом США Джо "), and a run of them at the end of a text.
_NAMES_ONLY = re.compile(r"\s*(?:" + _NAME_WORD + ")*")
#: How far a run of :data:`_NAMES_ONLY` may reach: no span it matches ends past where this matches
#: from the same start (each name word is a capital, word characters and dots, then space).
_NAMES_REACH = re.compile(r"\s*(?:[A-ZА-ЯЁ][\w\-.]*\s*)*")
_NAMES_AT_END = re.compile(r"(?:" + _NAME_WORD + r")+$")
#: A title of capitalised words joined by "of", "for", "the", "and" between them, then a name: what may
#: stand between a meeting verb and the actor it meets ("met PRC Minister of National Defense Admiral
#: Dong Jun"; :func:`_meeting_verbs`). A title's lower-case "member" after the body it is one of stands in it
#: too ("met CCP Politburo member Yang Jiechi in Honolulu" framed no meeting).
_TITLED_NAMES = re.compile(r"\s*(?:" + _NAME_WORD + r")+(?:(?:of|for|the|and)\s+(?:" + _NAME_WORD + r")+|member\s+)*")


#: What ends a clause, across which no actor reaches an act (:func:`_coverb_reach`).
_CLAUSE_PUNCT = re.compile(r"[.;:!?,。；：！？，]")


def _coverb_reach(text: str, m: Mention, start: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the actor ``m`` reaches the act at ``start`` across a coverb phrase, where words are
    not spaced (Chinese): subject + a few words at most (a title, an adverb: :func:`_gap_ok`) + a coverb
    of lexicon ``subject_coverbs`` and its object + the act ("莫迪总理已就此达成共识", "中方对美方近来的
    做法表示不满"), the whole within :data:`_TOPIC_REACH` and no clause punctuation in it; and ``m``
    opens its clause (nothing but a connective before it since the clause's punctuation, or an actor
    it is joined to or right after that does: "习近平主席和莫迪总理已就……"), so that an actor inside another's
    coverb phrase ("中方对美方在……上的做法") is none."""
    if not lex.subject_coverbs or m.role not in ("own", "counterpart", "both"):
        return False  # (a third party joined to an actor, "王毅同欧盟就……", is left to the rules before)
    gap = text[m.end:start]
    if len(gap) > _TOPIC_REACH or _CLAUSE_PUNCT.search(gap) or _frame_end(gap, lex):
        return False
    if not any(gap.startswith(cv, i) and _gap_ok(gap[:i], lex) for i in range(min(len(gap), 5))
               for cv in lex.subject_coverbs):
        return False
    lo = max((k.end() for k in _CLAUSE_PUNCT.finditer(text, 0, m.start)), default=0)
    head = m
    while not lex.name_prefix.fullmatch(text, lo, head.start):
        head = next((x for x in reversed(mentions) if lo <= x.start and x.end <= head.start
                     and x.role in ("own", "counterpart", "both")
                     and (not text[x.end:head.start].strip() or _joined(text, x, head, mentions, lex))), None)
        if head is None:
            return False
    return True


def _joined(text: str, x: Mention, m: Mention, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether actors ``x`` and ``m`` are joined to act together ("Biden and Xi", "习近平同拜登"),
    with the lexicon's ``join_fillers`` (titles, "应约"), an ``initiative`` phrase ("around" pair)
    right after ``x`` and its comma, and ``m``'s own side name between ("习近平应约同美国总统拜登通电话",
    "习近平应美方请求，同美国总统拜登通了电话", "Лавров и американский президент"), and in Russian the titles
    that run on to ``m`` ("Путин и президент Франции Эммануэль Макрон")."""
    head = m
    if lex.inverted_subjects:
        # a Russian title run before m is m's ("Путин и президент Франции Эммануэль Макрон",
        # "Шойгу и министр обороны США Ллойд Остин"), whatever side its bare title is read as
        for y in sorted(mentions, key=lambda y: -y.start):
            if x.end <= y.start and y.end <= head.start and y.role != "pronoun" \
                    and _TITLE_GAP.fullmatch(text, y.end, head.start):
                head = y
    between = text[x.end:head.start]
    for a, b in lex.init_around:
        # the initiative phrase right after x, its comma at most, says who asked for the call and
        # stands between the two as "应约" does ("习近平应美方请求，同美国总统拜登通了电话",
        # "习近平应特朗普约请，同他进行了电话交谈": both sides held the call)
        if (opening := _around(a, b, lex.boundaries).match(between)) is not None:
            between = re.sub(r"^\s*[，,]?", "", between[opening.end():])
            break
    for y in mentions:  # "美国" of "美国总统拜登", "американский" of "американский коллега": m's own side
        if x.end <= y.start and y.end <= m.start and y.side == m.side:
            between = between.replace(y.text, "", 1)
    if lex.boundaries and (apposed := _appositive_end(text, x.end, head.start, lex)) is not None:
        # "Chinese SR Wang Yi, Politburo member and Director of ..., and Indian SR Doval": x's
        # appositive and its commas stand between the two as a title does
        between = text[apposed:head.start]
    for w in lex.join_fillers:
        between = between.replace(w, "")
    if lex.noun_marks:
        # a relative clause on m right after the joining word ("与到访的美国国务卿布林肯": the visiting
        # Secretary; "同正在北京访问的"): it qualifies m, as a title does
        between = re.sub(r"^(\s*(?:与|和|同))[\u4e00-\u9fff]{1,%d}(?:%s)$" % (_JOIN_RELATIVE, _alternation(lex.noun_marks)),
                         r"\1", between)
    return bool(_JOINED.fullmatch(between))


def _apposed_pair(text: str, comma: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the comma at ``comma`` closes the appositive of an actor (:func:`_appositive_end`)
    that "and" right after it joins to an actor of another side (:func:`_joined`)."""
    if not lex.boundaries or not text.startswith(",", comma):
        return False
    for x in mentions:
        if x.end > comma or x.role not in ("own", "counterpart") or _appositive_end(text, x.end, len(text), lex) != comma + 1:
            continue
        y = next((y for y in mentions if y.start > comma and y.role != "pronoun"), None)
        return y is not None and y.role in ("own", "counterpart") and y.side != x.side and _joined(text, x, y, mentions, lex)
    return False


def _appositive_end(text: str, pos: int, end: int, lex: Lexicon) -> int | None:
    """Where an appositive noun phrase right after an actor ending at ``pos`` ends, after its closing
    comma, where "and" follows that comma (before ``end``): ", Politburo member and Director of the
    Office of the Central Foreign Affairs Commission, and ...", ", the foreign minister, and ...". It
    opens with a capital, a determiner or one of ``appositive_openers`` ("a", "an": ", a member of
    the Politburo, and ...") (not a verb: "met Wang, stressed X, and"), runs
    :data:`_APPOSITIVE_WORDS` words at most with no other punctuation and holds no act term. A
    non-restrictive relative clause there, opened by one of ``relative_pronouns`` ("Wang Yi, who is
    also director of the Office ..., and Doval agreed"), no act term in it either, qualifies the
    actor as an appositive does: the two are still joined."""
    m = _APPOSITIVE.match(text, pos, end)
    if m is None or len(m.group(1).split()) > _APPOSITIVE_WORDS:
        return None
    first = m.group(1).split()[0]
    if not (first[:1].isupper() or first.casefold() in lex.determiners or first.casefold() in lex.possessive_determiners
            or first.casefold() in lex.relative_pronouns or first.casefold() in lex.appositive_openers):
        return None
    if any(True for _ in _scan_items(lex.acts, m.group(1), _folded(m.group(1)))):
        return None
    return m.end(1) + 1


#: An actor's appositive between commas, "and" after it (:func:`_appositive_end`), and the most words it runs.
_APPOSITIVE = re.compile(r",\s+([^\W\d_][^,;:.!?()«»\"—–]*?),(?=\s+and\s)")
_APPOSITIVE_WORDS = 15


#: The most characters of a relative clause between "与" and the actor it qualifies ("正在北京访问的").
_JOIN_RELATIVE = 8


def _name_prefix(connectives: Sequence[str], function_words: Sequence[str], boundaries: bool = True) -> re.Pattern[str]:
    """What may stand before the actor that opens a clause: nothing, "the", or capitalised words
    and initials that are a first name or title ("Владимир Путин, в частности, подчеркнул",
    "С.В. Лавров", "President Biden"), but not a capitalised function word (lexicon
    ``function_words``: "In Moscow, ..."); all after a connective and its comma at most (lexicon
    ``connectives``: "此外，双方就……交换了看法", "Кроме того, Путин ...", "Однако мы ...", "但我们……";
    a space or the comma ends a connective where words are spaced: not "Ноябрьские")."""
    gap = r"(?:\s*[，,]\s*|\s+)" if boundaries else r"\s*[，,]?\s*"
    lead = r"(?:(?:" + _alternation(connectives) + r")" + gap + r")?" if connectives else ""
    skip = r"(?!(?:" + _alternation(function_words) + r")(?![\w.]))" if function_words else ""
    return re.compile(r"\s*" + lead + r"(?:the\s+)?(?:" + skip + _NAME_WORD + ")*")


_WORD_AT = re.compile(r"\w+")


def _act_end(text: str, start: int) -> int:
    """End of the word that starts at ``start``."""
    m = _WORD_AT.match(text, start)
    return m.end() if m else start


def _role_side(m: Mention) -> tuple[str, str | None, tuple[int, int] | None]:
    if m.role in ("third", "people"):  # a third party, or a nation's people: no party to the call
        return "unspecified", m.side, (m.start, m.end)
    if m.role == "narrator":  # one who reports the call and takes no part in it: no speaker of the call
        return "unspecified", None, (m.start, m.end)
    return m.role, m.side or None, (m.start, m.end)


#: What opens reported content after a speech act: "that", "что", or a comma or colon right after
#: the verb ("他说，……", "Lavrov stressed: ...").
_THAT = re.compile(r"(?<!\w)(?:that|что|чтобы|表示|指出)(?!\w)|[，,]\s*что"
                   r"|^\s*(?:[：:]|[，,](?!\s*(?:(?:but|and|но|а|и|однако)(?!\w)|但|并|而)))", re.IGNORECASE)
_NOT_ONLY = re.compile(r"(?:(?<!\w)not\s+only|(?<!\w)не\s+только|不仅|不只)\s*$", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:(?<!\w)(?:and|и|а также)(?:\s+" + _AND_ADVERB + r"){0,2}|并|并且|还)\s*$", re.IGNORECASE)


#: A clause that an act opens after a comma, negations, "but" or adverbs of a short list between at most
#: ("，不支持", "，并将支持", "，但反对", "，始终致力于"): in a language that drops a repeated subject, its
#: subject is the one of the clause before (see :func:`_reported_content`); not "，在两国国内都广受欢迎".
#: The adverbs of constancy "始终", "一贯", "一直" (always) came in the forty-third round ("中方的立场
#: ……一贯清晰明确，始终致力于劝和促谈" lost its commitment as content with no actor).
_DROPPED_SUBJECT = re.compile(r"[，,](?:但|而|也|并|还|将|明确|坚决|决|不|始终|一贯|一直)*$")


def _reported_content(text: str, prev_end: int, start: int, region: int, mentions: list[Mention], lex: Lexicon,
                      sentences: Sequence[int] = (), starts: _Starts | None = None, previous: Act | None = None,
                      owed: Sequence[Mention] = ()) -> bool:
    """A later act inside a "that" clause with no actor of its own is content, not a speech act:
    "He recalled that ... every state undertook ..." (but "Lavrov said that Blinken agreed", "He said
    that he had agreed", whose pronoun is an actor too, and "He warned ... and pressed ..." are acts).
    Where a language drops a subject it repeats (``subject_drop``), a clause of the report with no
    actor goes on with the subject of an earlier clause of it: "拜登表示，美国政府将奉行一个中国政策，
    不支持“台独”" is the US government's refusal, as "... will adhere to the one-China policy, does
    not support 'Taiwan independence'" is in English; the act opens its clause (a negation or an
    adverb of :data:`_DROPPED_SUBJECT` before it at most), and no modal or obligation stands between
    that subject and it ("美方如果关心台海和平，就必须……，明确反对“台独”" is what the US must do;
    "美方愿……，探讨……" what it is willing to do), save across "但" or "而" ("中方愿……开展对话，但反对……").
    ``starts``: the :class:`_Starts` of ``mentions``, where the caller has read them. ``previous``:
    the reporting act, whose bare report of a passive is as one after "that" ("Lavrov said the
    proposal was welcomed in Europe": no act of Lavrov's, :func:`_bare_passive`). ``owed``: actors
    told what to do (:func:`_told`), no speakers but the act's own actors all the same: "told Wang that
    Beijing should not accept" is Beijing's owed refusal, as "Beijing shouldn't accept" was (a gap of
    three words to the addressee "Wang" kept that one, by chance)."""
    if starts is None or starts.mentions is not mentions:
        starts = _Starts(mentions)
    if any(_gap_ok(text[m.end:start], lex) or _coverb_reach(text, m, start, mentions, lex)
           for m in starts.within(region, start)):
        return False
    if any(region <= m.start and m.end <= start and _gap_ok(text[m.end:start], lex) for m in owed):
        return False
    opens = _DROPPED_SUBJECT.search(text, prev_end, start) if lex.subject_drop else None
    first = next(iter(starts.within(prev_end, start)), None)
    if opens is not None and first is not None and re.search(r"[，,]", text[first.end:start]) \
            and (opens.group()[1:2] in ("但", "而") or not _find((*lex.modals, *lex.obligations), text[first.end:start])):
        return False
    return _in_report(text, prev_end, start, sentences) \
        or (previous is not None and previous.end == prev_end and _bare_passive(text, previous, start, lex))


#: Acts that ask something of an addressee: the act the addressee is asked to do is none.
_DIRECTIVES = frozenset({"urged", "demanded", "warned", "proposed"})


def _requested(text: str, previous: Act, start: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the act at ``start`` is what the directive ``previous`` asks of its addressee, the
    actor right after it ("urged Russia to agree", "asked Xi to condemn", "要求美方承认", "призвал
    Вашингтон согласиться"): nobody performed it. Where the lexicon has ``infinitive_markers``
    ("to"), the act must follow one (an adverb in "-ly" may stand between). So is an infinitive
    right after the directive with no addressee ("proposed to agree", "offered to hold talks", as
    "предложил договориться"): what is proposed, no agreement made."""
    if previous.name not in _DIRECTIVES:
        return False
    if lex.infinitive is not None and lex.infinitive.match(text, _SPACE_RUN.match(text, previous.end, start).end(), start) is not None:
        return True
    for m in mentions:
        if previous.end <= m.start and m.end <= start and _gap_ok(text[previous.end:m.start], lex) \
                and _gap_ok(text[m.end:start], lex):
            return lex.infinitive is None or bool(lex.infinitive.search(text, m.end, start))
    return False


#: What may stand between a causative verb and its object actor: "the", a possessive, titles, names,
#: and more of them after "and" or a comma ("get Ukraine and Russia to agree").
_CAUSED_UNIT = r"(?:(?i:the|his|her|its|their)\s+)?(?:" + _NAME_WORD + ")*"
_CAUSED_OBJECT = re.compile(r"\s+(?:" + _CAUSED_UNIT + r"(?:[A-ZА-ЯЁ][\w\-]*,\s*|(?i:and|or|и|или)\s+))*" + _CAUSED_UNIT)


_SPACE_RUN = re.compile(r"\s*")


def _caused(text: str, start: int, mentions: Sequence[Mention], lex: Lexicon, spans: _Spans | None = None) -> bool:
    """Whether the act at ``start`` is an infinitive whose doer, an actor right before its
    ``infinitive_markers`` word, is the object of one of ``causatives`` ("get Biden to agree",
    "persuade Blinken to accept", "told Putin to accept", "wants Russia to agree"): what someone
    aims to make the actor do, nobody's act of the call (a directive act before it is
    :func:`_requested`'s). ``spans``: ``mentions`` by where they start and end, where the caller has
    read them."""
    if lex.infinitive is None or not lex.causatives:
        return False
    near: Sequence[Mention] = mentions
    if spans is not None:
        # the marker's match ends at the act ($): white space and a few words between the actor and
        # the act at most, so only actors that end within them can pass (:func:`_pattern_runs`)
        near = spans.ending(_space_start(text, _runs_start(text, start, _pattern_runs(lex.infinitive.pattern))), start)
    for m in near:
        # the marker right after the actor, white space between ("Biden to agree"): matched there, not
        # searched for over all the text up to the act (a point of 2,000 words took 13 s, the search
        # run for every actor before every act)
        if m.end > start or not lex.infinitive.match(text, _SPACE_RUN.match(text, m.end, start).end(), start):
            continue
        head = text[max(0, m.start - 80):m.start]
        if any(_CAUSED_OBJECT.fullmatch(head, c.end()) for c in _find(lex.causatives, head)):
            return True
    return False


@lru_cache(maxsize=16)
def _relative_clause(mark: str) -> re.Pattern[str]:
    """A verb of two characters at most, ``mark`` and the noun it qualifies ("守住的底线"; not a cleft, "停止的是")."""
    return re.compile(rf"[\u4e00-\u9fff]{{1,2}}{re.escape(mark)}(?!是)[\u4e00-\u9fff]")


def _impersonal(text: str, start: int, end: int, lex: Lexicon, mentions: Sequence[Mention],
                subject_end: int | None = None) -> bool:
    """Whether the act term at ``start:end`` is itself an obligation word (lexicon ``obligations``:
    "必须") laid on no one or on anyone but the counterpart alone, so no demand: an impersonal "must" in
    what is said ("要维护和平，就必须……", "边界必须科学界定"), one on both sides, on the speaker's own
    side or on a joined pair ("双方必须", "中方必须", "China and the US must"); only "美方必须……" (the
    counterpart told) is the speaker's demand, as "The US must" is in English (:func:`_modal_demands`).
    Nor is one that opens a relative clause: the obligation, a verb of two characters at most and a
    ``noun_marks`` mark before the noun it qualifies ("双方必须守住的底线": the line both sides must
    hold, "a line both sides must hold" in English; not "美方必须尊重中方的关切", whose object runs on,
    nor a cleft: "必须停止的是……"). ``subject_end``: where the actor told must end, where a negation
    stands between it and the obligation ("США не следует", "美方不应": :func:`_modal_demands`)."""
    if not any(p.fullmatch(text, start, end) for p in lex.obligations):
        return False
    for mark in lex.noun_marks if not lex.boundaries else ():
        rel = _relative_clause(mark).match(text, end)
        if rel is not None and not any(end <= m.start < rel.end() for m in mentions):
            return True
    # laid on the counterpart alone: "美方必须……", "Russia must ...", "США должны ..." are the speaker's
    # demand on the other government; "双方必须", "both sides must", "they must", "中方必须" none
    if any(x.start() <= start and end <= x.end() for x in _find(lex.not_obligations, text)):
        return True  # "回应", "应邀": no obligation word
    # the actor told stands right before the negation that opens a prohibition ("США не следует", "美方不应")
    at = start if subject_end is None else subject_end
    told = [m for m in mentions if m.end <= at and _gap_ok(text[m.end:at], lex, 1 if lex.boundaries else 0)]
    # ... nor with the counterpart one of two joined subjects ("China and the US should", "Россия и США должны")
    return not told or told[-1].role != "counterpart" \
        or any(_JOINED_SUBJECTS.fullmatch(text, m.end, told[-1].start) for m in mentions if m.end <= told[-1].start)


#: "not" right after a modal: "must not", "should not" tell the actor to refrain (:func:`_modal_demands`).
_PROHIBITION = re.compile(r"\s+not(?!\w)", re.IGNORECASE)


def _negation_before(text: str, start: int, lex: Lexicon) -> int | None:
    """Where a negation right before the modal at ``start`` begins, white space between at most ("не
    следует", "не должны", "不应", "决不应"): the modal forbids (:func:`_modal_demands`)."""
    lo = max(0, start - 12)
    found = [lo + m.start() for m in _find(lex.negations, text[lo:start])
             if not text[lo + m.end():start].strip() and (not lex.boundaries or m.end() < start - lo)]
    return min(found, default=None)


#: A reporting clause set off by commas: ", he said, " of "The US side, he said, should ...".
_FRAME_BETWEEN = re.compile(r"\s*,[^,.;:!?，。；：！？]{1,40},\s*")


def _unframed(text: str, start: int, acts: Sequence[Act],
              mentions: Sequence[Mention]) -> tuple[str, Sequence[Mention]]:
    """``text`` and ``mentions`` with a reporting clause set off by commas, an act in it, blanked out
    between the modal at ``start`` and the actor before it (spaces, so every offset holds, and the
    clause's own actors gone): "The US side, he said, should ..." lays the "should" on the US side as
    "He said the US side should ..." does."""
    for m in mentions:
        if m.end <= start and _FRAME_BETWEEN.fullmatch(text, m.end, start) \
                and any(m.end < a.start and a.end <= start for a in acts):
            return (text[:m.end] + " " * (start - m.end) + text[start:],
                    [x for x in mentions if not m.end <= x.start < start])
    return text, mentions


#: What ends the clause a hope governs before a modal: punctuation, but not the comma of the hope's
#: own "что" ("выразил надежду, что США следует ...").
_CLAUSE_BREAK = re.compile(r"[;；、]|[,，](?!\s*(?:что|чтобы)(?!\w))", re.IGNORECASE)


def _modal_demands(text: str, acts: list[Act], mentions: Sequence[Mention], lex: Lexicon,
                   sentences: Sequence[int], fallback: tuple[str, str | None, tuple[int, int] | None]) -> list[Act]:
    """``acts`` with a demand for each ``demand_modals`` word laid on the counterpart ("The US must ...",
    "Russia must ...", "США должны ..."; not "both sides must", "they must", "Ukraine must": see
    :func:`_impersonal`), as Chinese "美方必须" is one: the speaker's demand on the other government;
    and an urging for each ``urge_modals`` word so laid ("The US should ...", "美方应当……", "США следует
    ..."): what a government expects of the other with "should" is what "urged" says, no demand.
    Negated ("The US should not ...", "must not", "США не следует", "美方不应", "不得") the same act
    urges or demands that the actor refrain, as "urged Russia not to escalate" does: polarity 1.
    The act is the speaker's of the act before it in its sentence ("Wang said the US should ..."),
    else ``fallback``'s (the point's opener or the previous speaker), no one's where that is the
    counterpart. None where the counterpart's own speaker says it in the sentence ("Biden said the US
    should ...": the counterpart on itself), nor in a case put or a wish ("if the US should attack",
    "China hopes the US should ..."). It is read after the
    other acts, whose reading it leaves as it was: the act after the modal stays owed by the actor
    told."""
    spans = [(a.start, a.end) for a in acts]
    out = list(acts)
    found = [(m, "urged", 3) for m in _find(lex.urge_modals, text)] \
        + [(m, "demanded", 4) for m in _find(lex.demand_modals, text)]
    # the urging words first, the longest first: "应当" before the "应" in it, "должны бы" before "должны"
    for m, name, strength in sorted(found, key=lambda x: (x[1] != "urged", x[0].start(), -x[0].end())):
        s, e = m.start(), m.end()
        # "shouldn't", "mustn't": the modal before the contraction, as "should not" is (an act term may
        # start at the "n't": "n't support")
        if text[s:e].casefold().replace("’", "'").endswith("n't"):
            e -= 3
        if _overlaps(spans, s, e):
            continue
        # "must not", "should not", "не должны", "не следует", "不应": the actor told to refrain, as "urged
        # Russia not to escalate" urges and "不得", "切勿" demand; a negation further off ("Neither China
        # nor the US should", "не считает, что США следует") makes none
        neg = None if _PROHIBITION.match(text, e) else _negation_before(text, s, lex)
        if neg is None and not _PROHIBITION.match(text, e) and _preceded_by(text, s, lex.negations, lex):
            continue
        # the obligation word the modal opens ("должны" of "должны бы"): whom it is laid on
        word = next((s + o.end() for o in _find(lex.obligations, text[s:e]) if o.start() == 0), e)
        bare, actors = _unframed(text, s if neg is None else neg, acts, mentions)
        if _impersonal(bare, s, word, lex, actors, neg):
            continue
        lo = _sentence_span(text, s, sentences)[0]
        if _conditional(text, s, lex) or any(not _CLAUSE_BREAK.search(text, lo + h.end(), s)
                                             for h in _find(lex.tone_hopes, text[lo:s])):
            continue
        before = [a for a in acts if lo <= a.start and a.end <= s]
        who = (before[-1].speaker, before[-1].speaker_side, before[-1].speaker_span) if before else fallback
        if who[0] == "counterpart":
            if before:
                continue  # "Biden said the US should ...": the counterpart's word on itself, no one told
            # the counterpart speaking before this sentence tells no one here: the speaker is unknown
            who = ("unspecified", None, None)
        spans.append((s, e))
        out.append(Act(s, e, text[s:e], name, strength, 1, False, negated=False, modal=False,
                       speaker=who[0], speaker_side=who[1], speaker_span=who[2], content=False, past=False))
    out.sort(key=lambda a: a.start)
    return out


def _owed_after(text: str, previous: Act, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` follows ``previous``, a demand laid on the counterpart by an
    obligation word ("must", "必须": :func:`_impersonal`), in the same sentence: what is demanded."""
    return previous.name == "demanded" and not previous.negated and not lex.boundaries \
        and any(p.fullmatch(text, previous.start, previous.end) for p in lex.obligations) \
        and not re.search(r"[.!?。！？]", text[previous.end:start])


#: What joins two actors into one subject or a compound ("China and the US", "Россия и США", "中美",
#: "中方和美方", "China-US relations").
_JOINED_SUBJECTS = re.compile(r"\s*(?:,|、|，|&|[-\u2010-\u2014]|(?<!\w)(?:and|as well as|и|а также)(?!\w)|和|与|同|及|跟)?\s*"
                              r"(?:(?<!\w)the\s+)?", re.IGNORECASE)


#: What may stand between the comma and the act of a trailing reporting clause besides its subject's
#: actor terms: "the", titles and names ("..., Foreign Minister Wang Yi said").
_FRAME_SUBJECT = re.compile(r"(?:\s|(?<!\w)[Tt]he(?!\w)|(?<![\w'’-])[A-ZА-ЯЁ][\w.'’-]*)*")
#: What ends a trailing reporting clause right after its verb ("..., he said." / "..., he said, but ...").
_FRAME_END = re.compile(r"\s*(?:[,.;:!?)»\"”]|$)")
#: A word that opens a clause the reporting clause interrupts ("students who, he said, are held"):
#: what stands before it is no part of what is reported.
_OPENS_CLAUSE = re.compile(r"(?<!\w)(?:who|whom|which|that|where|when|because|since|as|if|while)\s*$", re.IGNORECASE)


def _trailing_frame(text: str, start: int, end: int, strength: int, commits: bool,
                    mentions: Sequence[Mention], lex: Lexicon, spans: tuple[_Spans, _Starts] | None = None) -> int | None:
    """Where the clause reported by a trailing reporting clause ends (its comma), if the act at
    ``start:end`` is the verb of one: a reporting verb (strength 1 or more, no commitment) right
    after its subject, an actor or pronoun with titles and names at most between it and a comma
    before it, and the clause ending right after the verb ("The US has committed to X, he said.",
    "..., the Minister added, but ..."; not after a word that opens a clause: "students who, he
    said, are held"). What lies before the comma in its sentence is what the verb reports, not the
    call's own act of its subject. ``spans``: ``mentions`` by where they start and end, where the
    caller has read them."""
    if not lex.boundaries or strength < 1 or commits or not _FRAME_END.match(text, end):
        return None
    # the mentions that white space alone parts from the act: those that end in the run of it before the act
    near = spans[0].ending(_space_start(text, start), start) if spans is not None else mentions
    subject = [m for m in near if m.end <= start and not text[m.end:start].strip()]
    if not subject:
        return None
    comma = text.rfind(",", 0, subject[0].start)
    # _OPENS_CLAUSE ends at the comma and holds one word: searched from the last two words before it
    if comma < 0 or re.search(r"[.;:!?]", text[comma:start]) \
            or _OPENS_CLAUSE.search(text, _runs_start(text, comma, 2), comma):
        return None
    pos, rest = comma + 1, []
    between = spans[1].within(comma + 1, start) if spans is not None else mentions
    for m in sorted((m for m in between if comma < m.start and m.end <= start), key=lambda m: m.start):
        rest.append(text[pos:m.start])
        pos = max(pos, m.end)
    rest.append(text[pos:start])
    return comma if all(_FRAME_SUBJECT.fullmatch(x) for x in rest) else None


def _parenthetical(text: str, start: int, end: int, frame: bool, mentions: Sequence[Mention],
                   lex: Lexicon) -> tuple[int, int] | None:
    """The span (opening comma to the end of the closing one) of a reporting clause set off by commas
    inside the clause it reports, if the act at ``start:end`` is its verb: an English trailing frame
    (``frame``, :func:`_trailing_frame`) with a comma right after the verb ("Trump, Ushakov said,
    agreed to meet"), or a Russian verb after a comma (and "как") with its subject, names only, and
    a comma right after it ("Трамп, как отметил Ушаков, согласился"). The clause goes on after it:
    its verb is the subject's before the opening comma, and what the frame reports."""
    if frame:
        close = re.match(r"\s*,", text[end:])
        if close is None:
            return None
        subject = [m for m in mentions if m.end <= start and not text[m.end:start].strip()]
        return (text.rfind(",", 0, subject[0].start), end + close.end()) if subject else None
    if not lex.post_pronoun:  # a language whose reporting verb may precede its subject
        return None
    opening = re.search(r",\s*(?:как\s+)?$", text[max(0, start - 12):start], re.IGNORECASE)
    if opening is None:
        return None
    end = _act_end(text, start)
    after = [m for m in mentions if m.start >= end and m.role != "pronoun" and _NAMES_ONLY.fullmatch(text, end, m.start)]
    close = re.match(r"\s*,", text[after[0].end:]) if after else None
    if close is None or after[0].text.split()[0].casefold().endswith(lex.agent_endings + lex.dative_endings):
        return None
    return max(0, start - 12) + opening.start(), after[0].end + close.end()


#: Words that make an actor before an act the object of a preposition, not the act's subject
#: ("thanked Lavrov for agreeing"), or that open a clause of their own; and "to" right after the
#: actor ("expects Lavrov to agree"; not "Moscow is ready to agree").
_NOT_SUBJECT_GAP = re.compile(r"(?<!\w)(?:for|by|with|on|about|of|in|at|from|who|which|whom)(?!\w)|^\s*to(?!\w)",
                              re.IGNORECASE)


def _bare_report(text: str, previous: Act, start: int, mentions: Sequence[Mention], lex: Lexicon,
                 starts: _Starts | None = None, everyone: _Starts | None = None) -> bool:
    """Whether the act at ``start`` lies in what the reporting act ``previous`` reports with no
    "that" (English): "He said the US has pledged to X", "Lavrov told Blinken Russia had decided":
    right after the reporting verb (a statement or more, no commitment) stand its subject, an
    actor, no pronoun ("the", a possessive, titles and names with it), an addressee before it at most, then up
    to three words before the act, no punctuation, coordinator or preposition. ``starts``: ``mentions``
    by where they start, where the caller has read them. ``everyone``: all the point's actors by
    where they start, ``mentions`` among them; an actor of them told what to do right before the act
    is no speaker (:func:`_subjects`) but opens what is reported all the same: "Blinken said Beijing
    should not accept ..." reports as "Blinken said that Beijing should not accept ..." does."""
    if lex.language != "en" or previous.strength < 1 or previous.commits or start < previous.end:
        return False
    near = starts.within(previous.end, start) if starts is not None and starts.mentions is mentions else mentions
    between = sorted((m for m in near if previous.end <= m.start and m.end <= start), key=lambda m: m.start)
    if not between and everyone is not None:
        told = sorted(everyone.within(previous.end, start), key=lambda m: m.start)
        if told and told[-1].role != "pronoun" and _told_at(text, told[-1], [
                o for o in _obligation_starts(text[:start], lex) if o >= told[-1].end], lex):
            between = told
    if not between or len(between) > 2 or between[-1].role == "pronoun" \
            or re.search(r"[.;:!?,]", text[previous.end:start]):
        return False
    pos = previous.end
    for m in between:
        if not _CAUSED_OBJECT.fullmatch(text, pos, m.start):
            return False
        pos = m.end
    gap = text[pos:start]
    if lex.actor_noun is not None:
        gap = lex.actor_noun.sub("x", gap)  # "said the Chinese and US heads of state had agreed"
    return _gap_ok(gap, lex) and not _COORDINATOR.search(gap) and not _NOT_SUBJECT_GAP.search(gap)


#: What opens the subject of a bare report that is a thing, no actor (:func:`_bare_passive`): "said
#: the proposal was welcomed", "said its details would be set out".
_THING_SUBJECT = re.compile(r"\s+(?:the|this|these|those|its|their|his|her|a|an|such)\s", re.IGNORECASE)
#: What in the words between a bare report and a passive act opens a clause of its own, or a list.
_NOT_BARE_PASSIVE = re.compile(r"(?<!\w)(?:and|but|or|that|which|who|whom|whose|what|when|if|whether|because|as|"
                               r"while|to)(?!\w)|[.;:!?,()\"“”—–]", re.IGNORECASE)
#: The most words between a bare report and the passive act whose subject is a thing.
_BARE_PASSIVE_WORDS = 12


def _bare_passive(text: str, previous: Act, start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` is a passive ("was welcomed", "had not been discussed") in what
    the reporting act ``previous`` reports with no "that" (English), its subject a thing that opens
    right after the reporting verb ("Lavrov said the proposal was welcomed in Europe", "Ushakov said
    this work by the US President had been highly appreciated"): content, as it is after "said that"
    (:func:`_bare_report` takes a subject that is an actor)."""
    if lex.language != "en" or lex.passive is None or previous.strength < 1 or previous.commits \
            or start <= previous.end or previous.name not in _SAYING:
        return False
    gap = text[previous.end:start]
    return bool(_THING_SUBJECT.match(gap)) and not _NOT_BARE_PASSIVE.search(gap) \
        and len(_GAP_WORD.findall(gap)) <= _BARE_PASSIVE_WORDS \
        and (_passive_before(text, start, lex) is not None
             # a term passive by itself ("Putin said the issue came up": lexicon ``topic_raisings`` ``passive``)
             or any(p.match(text, start) for p in lex.topic_raising_passives))


#: A "that" and a subordinate clause's conjunction right after a reporting verb ("said that when").
_THAT_FRONTED = re.compile(r"\s+that\s+(?:when|after|before|once|while|whenever|as\s+soon\s+as)\s", re.IGNORECASE)
#: What ends a fronted clause and opens the main clause it goes with: a comma, no "and" or "but" after it.
_FRONTED_END = re.compile(r"[^.;:!?,()\"“”—–]*,(?!\s*(?:and|but|or)(?!\w))[^.;:!?,()\"“”—–]*", re.IGNORECASE)


def _after_fronted_clause(text: str, acts: Sequence[Act], start: int, lex: Lexicon) -> bool:
    """Whether the act at ``start`` is in the main clause of what a report says after a fronted
    clause of time (English): "He said that when he told Putin Ukrainians were being killed, he was
    told in reply that ..." ("told" after the comma is what he said, content, as the "told" of the
    "when" clause is). The act before it is content, the first act after the reporting verb, whose
    "that" the conjunction follows; a comma ends that clause, no "and" or "but" after it, and no
    other punctuation stands between."""
    if lex.language != "en" or len(acts) < 2 or not acts[-1].content or acts[-2].content \
            or not _reports(acts[-2]) or acts[-2].name not in _SAYING:
        return False
    frame, inner = acts[-2], acts[-1]
    opening = _THAT_FRONTED.match(text, frame.end)
    return opening is not None and opening.end() <= inner.start \
        and not re.search(r"[.;:!?,()\"“”—–]", text[opening.end():inner.start]) \
        and _FRONTED_END.fullmatch(text, inner.end, start) is not None


#: A perfect auxiliary and the participle after it, an adverb between at most ("had held", "have
#: also met"), then the "and" that joins an act to it, an adverb after it at most, right before the act.
_PERFECT = re.compile(r"(?<!\w)(?:had|has|have)\s+(?:[a-z]+ly\s+)?[\w'’-]+", re.IGNORECASE)
_AND_RIGHT_BEFORE = re.compile(r"(?<!\w)and\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)


def _shared_auxiliary(text: str, prev_end: int, start: int, mentions: Sequence[Mention], lex: Lexicon,
                      starts: tuple["_Starts", "_Starts"]) -> _Who | None:
    """The two sides, where the agreement at ``start`` is joined by "and" to what they had done in
    what the reporting act ending at ``prev_end`` reports (English): "He said that President Xi and
    President Biden had held talks at the summit and reached a consensus" (theirs, not the
    reporter's); no punctuation between, the two sides the subject of the perfect ("had held")
    right after the reporting verb and its "that". None otherwise."""
    if lex.language != "en":
        return None
    gap = text[prev_end:start]
    if re.search(r"[.;:!?,()\"“”—–]", gap) or not _AND_RIGHT_BEFORE.search(gap):
        return None
    perfect = _PERFECT.search(text, prev_end, start)
    if perfect is None:
        return None
    subject = _speaker_of(text, perfect.start(), prev_end, list(mentions), lex, ("unspecified", None, None),
                          ("unspecified", None, None), everyone=starts[1].mentions, starts=starts)
    if subject[0] != "both" or subject[2] is None:
        return None
    lead = text[prev_end:subject[2][0]]
    if not re.fullmatch(r"\s+(?:that\s+)?(?:(?:the|President|Prime|Minister|Premier|Chancellor)\s+)*", lead, re.IGNORECASE):
        return None
    return subject


def _reports(act: Act) -> bool:
    """Whether an act may report what follows it: not a talk (strength 0, ``discussed``), which says
    what was talked about, not what anyone said ("双方就乌克兰危机交换了意见，同意保持沟通": the
    comma after the exchange of views opens no report, and the sides agreed to keep in touch)."""
    return not (act.strength == 0 and act.name == "discussed")


def _in_report(text: str, prev_end: int, start: int, sentences: Sequence[int] = ()) -> bool:
    """Whether the act at ``start`` lies in what the act ending at ``prev_end`` reports (after its
    "that", not after an "and"). What an act reports ends with its sentence: ``sentences`` are the
    point's sentence starts (:func:`readouts.segmentation.split_spans`, which knows "U.S." and
    "Дж." and keeps a quotation whole), and an act in a later sentence is none of it ("Лавров
    заявил, что переговоры важны. Об этом же заявил Блинкен."); in ascending order."""
    if bisect_right(sentences, start) > bisect_right(sentences, prev_end):  # one starts in prev_end + 1 .. start
        return False
    return not _and_before(text, start) and bool(_THAT.search(text[prev_end:start]))


def _and_before(text: str, start: int) -> bool:
    """Whether "and", adverbs after it at most, or "并" ends ``text[:start]`` (:data:`_AND_BEFORE`),
    read in the last characters before ``start`` alone, where a search of all of ``text[:start]``
    for every act made a long point quadratic: a match that starts before them spans them, so they
    hold nothing but word characters and space, :data:`_AND_BEFORE_WORDS` words at most, and only
    then is all of it read."""
    lo = max(0, start - _AND_BEFORE_WINDOW)
    if _AND_BEFORE.search(text, lo, start):  # a look-behind reads before ``lo`` as well
        return True
    if lo == 0 or not _WORDS_ONLY.fullmatch(text, lo, start) \
            or len(_WORD_RUN.findall(text, lo, start)) > _AND_BEFORE_WORDS:
        return False
    return bool(_AND_BEFORE.search(text, 0, start))


#: The characters :func:`_and_before` reads first, and the most words a match of :data:`_AND_BEFORE`
#: spans ("а также" and two adverbs of three words each: "в свою очередь").
_AND_BEFORE_WINDOW = 80
_AND_BEFORE_WORDS = 8
_WORDS_ONLY = re.compile(r"[\w\s]*")
_WORD_RUN = re.compile(r"\w+")


# -- point and readout cues ----------------------------------------------------------------------
_CLAUSE_END = re.compile(r"[.;:!?。；：！？]")
_GAP_WORD = re.compile(r"[\w'’-]+")  # "China's", "in-depth": one word each
#: The word right after a position, white space between at most (none where punctuation comes first).
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([\w'’-]+)")
#: What may stand between two tone words of one run ("candid, in-depth and highly constructive",
#: "坦诚、深入、实质性", "откровенным и весьма содержательным").
_TONE_JOIN = re.compile(r"(?:[\s,、，]|\b(?:and|as well as|very|highly|extremely|most|rather|quite|fairly|on the whole|"
                        r"и|а также|весьма|очень|предельно|крайне|достаточно|довольно|в целом)\b|和|及|而|又|且|的|地|了)*",
                        re.IGNORECASE)


#: How far (in characters) a word about the talk may stand from a tone word and still be read with it:
#: far beyond the ten words (twenty Chinese characters) the rule allows, so only a point of thousands of
#: words is read differently, and then only where four hundred characters of commas and "and" lie between.
_NEAR_WINDOW = 400


def _talk_tone(text: str, tones: list[Tone], lex: Lexicon, acts: Sequence[Act]) -> tuple[list[Tone], list[Tone]]:
    """The tone words that describe the talk itself, and apart from them those of a talk hoped for
    (:func:`_hoped_for`): a run of them (joined by commas, "and", "very") with a word about the
    talk within ten words (twenty characters in Chinese) in the same clause, or an act or call
    phrase right beside it ("a candid, in-depth and constructive conversation", "discussed
    frankly", "坦率交换"), or an act up to two words before an English adverb ("told Dong
    frankly"); not "China's positive role", "конструктивное сотрудничество", "全面推进", nor
    a talk set in the past by one of ``past_markers`` before the run in its clause ("over the
    past four years ... the two sides held fruitful dialogue", "过去4年……开展了富有成果的对话", "had
    lately held several dialogues ..., called these useful") or by the past perfect and a named
    place after the talk word (``past_places``: "had held very productive talks in Türkiye").
    "exchange of views" is about the talk by itself."""
    if not tones:
        return tones, []
    context = [(m.start(), m.end(), 10) for m in _find(lex.tone_context, text)]
    # "He called it highly substantive": "it" is the talk, judged right after the frame
    context += [(m.start(), m.end(), 2) for m in _find(lex.tone_frames, text)]
    context += [(a.start, a.end, 0) for a in acts] + [(m.start(), m.end(), 0) for m in _find(lex.call, text)]

    def adverb(word: str) -> bool:
        # An adverb made of a tone word ("frankly", "candidly", "подробно"; not the adjective "friendly").
        word = word.casefold()
        return any(word.endswith(x) and word[:-len(x)] in lex.tone_stems for x in lex.adverb_suffixes)

    def qualifies(e: int, last: str) -> bool:
        # An adjective right before the noun it qualifies ("positive role", "sincere condolences",
        # "конструктивное сотрудничество"), where that noun phrase (up to three words, up to a
        # follower such as "in") holds no word about the talk ("candid two-hour phone conversation").
        if not lex.boundaries:
            # Chinese: a word right after the run ("的" or "地" between at most) that is no talk word,
            # act or call phrase: "全面战略伙伴关系", "积极作用", "深入推进"; not "坦诚深入交换意见"
            pos = e + (text[e:e + 1] in ("的", "地"))
            if text[e:e + 1] != "的" and last in lex.effort_tones and _HAN.match(text, pos):
                return True  # "双方将积极探讨": how hard a verb is pursued ("actively"), not how the talk went
            return bool(_HAN.match(text, pos)) and not any(cs == pos for cs, _ce, _limit in context)
        if not lex.tone_followers or adverb(last):
            return False
        pos = e
        for n in range(3):
            m = _NEXT_WORD.match(text, pos)
            if not m or m.group(1).casefold() in lex.tone_followers:
                return n > 0  # right after the adjective: predicative ("frank.", "frank at times")
            if any(cs == m.start(1) for cs, _ce, _limit in context):
                return False
            pos = m.end()
        return True

    # Contexts in reading order, so that a run looks only at those within _NEAR_WINDOW characters of
    # it: a point of thousands of words with no sentence end (a pasted document) compared every run
    # with every context, each over the text between them (quadratic in the point's length)
    context.sort()
    starts = [cs for cs, _ce, _limit in context]
    widest = max((ce - cs for cs, ce, _limit in context), default=0)

    def near(s: int, e: int) -> bool:
        word = text[s:e].split()[0]
        adverb_ = adverb(word) or len(text[s:e].split()) > 1  # "in detail": an adverbial phrase
        lo = bisect_left(starts, s - _NEAR_WINDOW - widest)
        hi = bisect_right(starts, e + _NEAR_WINDOW)
        for cs, ce, limit in context[lo:hi]:
            if cs - e > _NEAR_WINDOW or s - ce > _NEAR_WINDOW:
                continue  # ten words (twenty characters) at most, or a run of joining words
            gap = text[e:cs] if cs >= e else text[ce:s] if ce <= s else ""
            if _CLAUSE_END.search(gap):
                continue
            words = len(_GAP_WORD.findall(gap)) if lex.boundaries else len(gap.strip()) / 2
            # An adverb a few words after its verb tells how it was done ("discussed it very
            # frankly", "told Dong frankly"); an adjective there qualifies the object ("stressed
            # China's positive role").
            # Not across an infinitive marker: in "committed to engaging constructively" the adverb
            # tells how the verb after "to" is to be done, not how the act was.
            if not limit and adverb_ and ce <= s and words <= 2 and not re.search(r"[,，]", gap) \
                    and not (lex.infinitive is not None and any(lex.infinitive.search(gap[:m.end()] + " ")
                                                                for m in _GAP_WORD.finditer(gap))):
                return True
            if _TONE_JOIN.fullmatch(gap) or words <= limit:
                return True
        return False

    def predicate_of_other(s: int) -> bool:
        # A predicate after a copula describes its subject: the talk only if a word about it stands
        # up to six words before the copula ("The talks were frank"; not "During the call, the
        # Secretary said the situation in Gaza remains difficult")
        cop = next((m for m in _find(lex.copulas, text[:s]) if _INTENSIFIED.fullmatch(text, m.end(), s)), None)
        if cop is None:
            return False
        words = list(_GAP_WORD.finditer(text, max(0, cop.start() - 80), cop.start()))[-6:]
        lo = words[0].start() if words else cop.start()
        return not any(lo <= cs and ce <= cop.start() and not _CLAUSE_END.search(text, ce, cop.start())
                       and not _RECALLED.search(text, ce, cop.start())  # "… said that relations are"
                       for cs, ce, limit in context if limit)

    def predicate_of_talk(s: int, e: int) -> bool:
        # "the call was a productive one", "that it had been a very productive one" (the talk named
        # earlier in its sentence): a predicate after a copula, an article and intensifiers between at
        # most, whose subject is a word about the talk or "it" after one; the predicate ends there,
        # or with "one" that stands for the talk ("it was a productive relationship" is no talk)
        if not lex.boundaries or not lex.copulas:
            return False
        cop = next((m for m in _find(lex.copulas, text[:s]) if _PREDICATE_GAP.fullmatch(text, m.end(), s)), None)
        subject = _LAST_WORD.search(text, 0, cop.start()) if cop is not None else None
        after = _NEXT_WORD.match(text, e)
        if subject is None or (after is not None and after.group(1).casefold() != "one"
                               and after.group(1).casefold() not in lex.tone_followers):
            return False
        talks = _find(lex.tone_context, text) + _find(lex.call, text)
        if subject.group(1).casefold() == "it":
            return any(m.end() <= subject.start(1) and not _CLAUSE_END.search(text, m.end(), subject.start(1))
                       for m in talks)
        return any(m.start() <= subject.start(1) and m.end() == subject.end(1) for m in talks)

    def past(s: int, e: int) -> bool:
        # a past marker before the run in its clause: a talk before this one
        if any(not _CLAUSE_END.search(text, m.end(), s) for m in _find(lex.past_markers, text[:s])):
            return True
        # a talk in the past perfect set in a named place (``past_places``), as an act there is
        # (:func:`_past`): "the delegations had held very productive talks in Türkiye" were held
        # there, before the call; the talk word right after the run, "had" up to three words before it
        if lex.pluperfect is None or lex.past_place is None:
            return False
        talk = _NEXT_WORD.match(text, e)
        if talk is None or not any(cs == talk.start(1) and limit for cs, ce, limit in context) \
                or not lex.past_place.match(text, talk.end()):
            return False
        words = list(_GAP_WORD.finditer(text, max(0, s - 60), s))[-3:]
        return any(lex.pluperfect.search(text, max(0, w.start() - 40), w.start())
                   and not re.search(r"[.;:!?,]", text[w.start():s]) for w in words)

    def briefing(run: list[Tone]) -> bool:
        # "подробно разъяснил", "详细介绍", "briefed Lavrov in depth on the talks": how fully one side
        # told the other something (an act of saying, the nearest act to the run, right after it or a
        # few words before it in its clause), no tone of the talk; not "подробно обсудили", "深入交换意见",
        # nor a run that qualifies a talk word ("said they held in-depth discussions"), nor one with a
        # tone that says how the talk went ("judged the meeting in-depth, candid and constructive").
        if any(t.key != "substantive" for t in run):
            return False
        s, e = run[0].start, run[-1].end
        # (an act whose words hold the run, "held a detailed discussion on", stands not between it
        # and its talk word)
        spans = [(a.start, a.end) for a in acts if not (a.start <= s and e <= a.end)]
        for cs, _ce, limit in context:
            gap = text[e:cs] if limit and cs >= e else None
            if gap is not None and not _CLAUSE_END.search(gap) and not re.search(r"[,，、]", gap) \
                    and not _overlaps(spans, e, cs) \
                    and (len(words := _GAP_WORD.findall(gap)) <= 2 and not {w.casefold() for w in words} & lex.tone_followers
                         if lex.boundaries else len(gap.strip()) <= 1):
                return False  # "in-depth (phone) discussions"; not "in depth on the talks"
        after = min((a for a in acts if a.start >= e), key=lambda a: a.start, default=None)
        if after is not None and _BESIDE.fullmatch(text, e, after.start):
            return after.name in _TELLING
        before = max((a for a in acts if a.end <= s), key=lambda a: a.end, default=None)
        if before is None or before.name not in _TELLING:
            return False
        gap = text[before.end:s]
        return not _CLAUSE_END.search(gap) and not re.search(r"[,，、]", gap) \
            and not any(before.end <= cs and ce <= s for cs, ce, limit in context if limit) \
            and (len(_GAP_WORD.findall(gap)) <= 6 if lex.boundaries else len(gap.strip()) <= 2)

    runs: list[list[Tone]] = []
    for t in tones:
        if runs and _TONE_JOIN.fullmatch(text[runs[-1][-1].end:t.start]):
            runs[-1].append(t)
        else:
            runs.append([t])
    talk = [run for run in runs if run[0].key == "exchange_of_views"
            # a phrase of words ("in detail", "в конструктивном ключе") is an adverbial, qualifying no
            # noun: "discussed in detail the situation"
            or (near(run[0].start, run[-1].end) and (len(run[-1].text.split()) > 1
                                                     or not qualifies(run[-1].end, run[-1].text.split()[-1]))
                and not (lex.copulas and predicate_of_other(run[0].start)) and not briefing(run))
            or predicate_of_talk(run[0].start, run[-1].end)]
    hoped = [run for run in talk if run[0].key != "exchange_of_views"
             and (_hoped_for(text, run[0].start, lex) or _asked_for(text, run[0].start, lex, acts))]
    talk = [run for run in talk
            if run in hoped or run[0].key == "exchange_of_views" or not past(run[0].start, run[-1].end)]
    return [t for run in talk if run not in hoped for t in run], [t for run in hoped for t in run]


#: What may stand between a copula and its predicate ("remains very difficult", "остаётся крайне сложной").
_INTENSIFIED = re.compile(r"\s+(?:(?:very|quite|rather|extremely|increasingly|still|so|too|highly|particularly"
                          r"|очень|крайне|весьма|довольно|по-прежнему|все еще|всё ещё)\s+)*", re.IGNORECASE)


#: What may stand between a copula and a predicate about the talk ("had been a very productive one").
_PREDICATE_GAP = re.compile(r"\s+(?:an?\s+)?(?:(?:very|quite|rather|extremely|highly|particularly|really|truly|most)\s+)*",
                            re.IGNORECASE)


#: Acts of telling ("briefed", "разъяснил", "介绍"): a "substantive" word on one says how fully one side
#: told something, not how the talk went (see :func:`_talk_tone`).
_TELLING = frozenset(("stated",))
#: What may stand between an adverb and the verb right after it ("подробно разъяснил", "详细地介绍").
_BESIDE = re.compile(r"[\s地]*")
#: Acts whose object is a thing asked for: a talk they name is one proposed or urged, not this one.
_ASKING = frozenset(("proposed", "urged", "demanded"))


def _asked_for(text: str, start: int, lex: Lexicon, acts: Sequence[Act]) -> bool:
    """Whether the tone run at ``start`` describes a talk proposed or urged (:data:`_ASKING`), up to
    eight words after the act in its clause (room for an addressee), no comma between (twelve
    characters in Chinese): "urged a return to constructive dialogue", "advised the United States to
    go back to a professional dialogue", "посоветовал вернуться к профессиональному диалогу", "呼吁开展坦诚对话";
    not "призвал коллегу, и беседа прошла в конструктивном ключе". So does an agreement to hold the
    talk, its verb an infinitive right after the agreement's ("agreed to hold substantive
    consultations", "договорились провести предметные консультации"): a talk planned, not this one
    (:func:`_infinitive_after`)."""
    for x in acts:
        if x.negated or not x.end <= start:
            continue
        gap = text[x.end:start]
        if x.name not in _ASKING and not (x.commits and _infinitive_after(gap, lex)):
            continue
        if not _CLAUSE_END.search(gap) and not re.search(r"[,，、]", gap) and (len(_GAP_WORD.findall(gap)) <= 8 if lex.boundaries else len(gap) <= 12):
            return True
    return False


def _infinitive_after(gap: str, lex: Lexicon) -> bool:
    """Whether ``gap``, the text right after an act, opens with an infinitive: "to" and a word
    ("agreed to hold"), or a first word with an infinitive's ending ("договорились провести").
    Chinese marks no infinitive: there a verb of holding a talk right after the act (lexicon
    ``talk_verbs``), no "了" after it, plans the talk ("双方同意举行实质性磋商", as "agreed
    to hold substantive consultations"), where "双方同意这次通话是坦诚的" agrees on this talk's tone
    and "同意进行了坦诚的交流" reports a talk held."""
    if not lex.boundaries:
        gap = gap.lstrip()
        return any(gap.startswith(v) and not gap.startswith(("了", "过"), len(v)) for v in lex.talk_verbs)
    words = _GAP_WORD.findall(gap)
    if not words:
        return False
    if lex.infinitive is not None and len(words) > 1 and lex.infinitive.search(gap[:gap.find(words[1])]):
        return True
    return bool(lex.infinitive_endings) and words[0].casefold().endswith(lex.infinitive_endings)


#: "and" or "but" and a word after it, the tone run further on: a verb of its own, out of a modal's
#: reach ("agreed that it is important to work out principles and held constructive discussions";
#: not "in a timely and productive way").
_NEW_CONJUNCT = re.compile(r"(?<!\w)(?:and|but|и|но|а)\s+[\w'’-]+\s", re.IGNORECASE)


def _hoped_for(text: str, start: int, lex: Lexicon) -> bool:
    """Whether the tone run at ``start`` describes a talk hoped for, not this one: a modal before it
    in its clause, up to six words before it (twelve characters in Chinese) or anywhere in it with
    no comma between: "remains ready to continue a substantive exchange", "the two sides should use
    candid dialogue", "愿同美方开展坦诚对话", "希望美国、北约和欧盟同俄罗斯开展全面对话" (a list of
    actors may stretch the clause past any fixed window), "so that the process advances in a
    timely and productive way" (a purpose is hoped for)."""
    head = text[max(0, start - 200):start]
    window = len(head) - (60 if lex.boundaries else 12)  # where the fixed window opens in ``head``
    # A hope governs the rest of its clause, a list of what is hoped for and its commas included ("China
    # hopes the new EU leadership will follow ..., view China's development objectively and in a friendly
    # way, and ensure ...", "希望美方……，以友好态度看待……"): no tone of this call
    # ... up to a comma with an actor right after it, a clause of its own ("中方希望各方保持克制，双方进行了
    # 坦诚深入的交流": the two sides' talk was candid)
    if any(not _CLAUSE_END.search(head, h.end()) and not _new_subject(head, h.end(), lex)
           for h in _find(lex.tone_hopes, head)):
        return True
    # So does a modal the run's infinitive right before it: the run says how the verb is to be done
    # ("diplomacy must continue to be used to manage competition, to talk frankly about ...",
    # "должны ... поговорить откровенно"); not "welcomed the chance to speak candidly", no modal before
    verb = _LAST_WORD.search(head)
    if verb is not None and not head[verb.end():].strip() and _infinitive_word(head, verb, lex) \
            and any(not _CLAUSE_END.search(head, m.end(), verb.start()) for m in _find(lex.modals, head[:verb.start()])):
        return True
    for m in _find(lex.modals, head):
        gap = head[m.end():]
        if not _CLAUSE_END.search(gap) and not re.match(r"\s+\d", gap) \
                and ((m.start() >= window and (len(_GAP_WORD.findall(gap)) <= 6 if lex.boundaries else len(gap) <= 12))
                     or not re.search(r"[,，]", gap) and not _NEW_CONJUNCT.search(gap)):
            return True
    return False


#: A comma (or the Chinese one), the white space and a coordinator after it: where a new clause may open.
_COMMA_OPEN = re.compile(r"[,，]\s*(?:(?:and|but|while|whereas|и|а|но|而|并且?)\s*)?", re.IGNORECASE)


def _new_subject(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a comma after ``pos`` in ``text`` has an actor term right after it (lexicon ``actors``),
    which opens a clause with a subject of its own."""
    return any(p.match(text, c.end()) for c in _COMMA_OPEN.finditer(text, pos) for p, _side, _kind in lex.actors)


def _infinitive_word(head: str, verb: re.Match[str], lex: Lexicon) -> bool:
    """Whether the last word of ``head`` (``verb``, :data:`_LAST_WORD`) is an infinitive: one after an
    infinitive marker ("to talk"), or one with an infinitive's ending ("поговорить")."""
    if lex.infinitive is not None:
        return lex.infinitive.search(head, 0, verb.start(1)) is not None
    return bool(lex.infinitive_endings) and verb.group(1).casefold().endswith(lex.infinitive_endings)


def _talk_agreed_on(text: str, start: int, end: int, strength: int, lex: Lexicon, acts: Sequence[Act],
                    mentions: Sequence[Mention]) -> bool:
    """Whether the discussion term at ``start:end`` (an act of strength 0) names a talk that an
    agreement or a request before it in its sentence asks for, where a subject may be dropped
    (Chinese): "双方同意就……继续进行讨论" (the talks agreed on, held later); it is then modal, no talk of this call. The agreement or request
    (:data:`_ASKING`) is not negated nor recalled, commas at most stand between (no "并", which joins
    a verb of its own, nor an actor, a new subject), and the term is no completed form ("交换了意见",
    "通了电话", or "了" right after it: "双方同意……，并就……交换了意见" is a talk held). Where words
    are spaced, the term follows the agreement or request right after it, words of
    ``talk_agreed_between`` at most: "agreed to keep discussing where the line lies", "It was agreed
    to continue discussing", "договорились обсудить" name a talk to be held, as "双方同意……继续进行
    讨论" does."""
    if lex.boundaries:
        if strength != 0 or lex.talk_agreed_between is None or not acts:
            return False
        x = acts[-1]
        return (x.commits or x.name in _ASKING or x.name == "agreed") and not x.negated and not x.past \
            and lex.talk_agreed_between.fullmatch(text, x.end, start) is not None
    if not lex.subject_drop or strength != 0 or "了" in text[start:end] or text.startswith("了", end):
        return False
    for x in reversed(acts):
        if not (x.commits or x.name in _ASKING) or x.negated or x.past:
            continue
        gap = text[x.end:start]
        return not re.search(r"[。；;！!？?：:]|并|了", gap) and not any(x.end <= m.start < start for m in mentions)
    return False


def _han_value(numeral: str) -> int:
    """The value of a number in Chinese numerals ("三十一" 31, "十四" 14, "一百零五" 105)."""
    total = current = 0
    for ch in numeral:
        if ch in _HAN_UNITS:
            total += (current or 1) * _HAN_UNITS[ch]
            current = 0
        else:
            current = _HAN_DIGITS[ch]
    return total + current


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?![\d,])")


def _ascii_digits(text: str) -> str:
    """``text`` with every decimal digit in ASCII ("３００" -> "300", "٣" -> "3") and the full-width
    decimal point and percent sign as ASCII ones ("１．５％" -> "1.5%")."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else _FULL_WIDTH_MARKS.get(ch, ch) for ch in text)


_FULL_WIDTH_MARKS = {"．": ".", "％": "%"}


#: A number whose decimals end in zeros ("2.50", "3.0"): it is the number without them ("2.5", "3").
_TRAILING_ZEROS = re.compile(r"(\d+)(?:(\.\d*?[1-9])|\.)0*")


def _no_trailing_zeros(digits: str) -> str:
    m = _TRAILING_ZEROS.fullmatch(digits)
    return digits if m is None else m.group(1) + (m.group(2) or "")


def _number_key(text: str) -> str:
    """A number's language-neutral key: its value where a scale word follows it ("1.4 billion",
    "14亿", "1,4 млрд": "1.4e+09"), the value of Chinese numerals, else its digits ("1999", "20%")."""
    # Full-width digits ("３００吨", as some Chinese pages write them) and other scripts' decimal
    # digits are the number in ASCII digits: "３００" was no match for the other side's "300".
    text = _ascii_digits(text)
    # "1,500" and "2,000,000" (English thousands separators) are 1500 and 2000000; a comma with fewer
    # or more than three digits after it is a decimal one ("1,5 млрд")
    text = re.sub(r"(?<=\d)" + _GROUP_SPACE + r"(?=\d{3}(?!\d))", "", text)  # "1 000" is "1000"
    if (grouped := _THOUSANDS.match(text)) and not _CYRILLIC.search(text):
        text = grouped.group().replace(",", "") + text[grouped.end():]
    # "1,5" and "1.5" alike, and "2.50" and "2.5" (one number, as :func:`readouts.scoring._numbers` reads it)
    plain = _no_trailing_zeros(text.replace(",", ".").replace(" ", ""))
    m = re.match(r"([\d.,]+|[零一二两三四五六七八九十百千]+)\s?(.*)$", text)
    if m is None:
        return plain
    digits, rest = m.groups()
    if rest and re.fullmatch("%|" + _PERCENT_WORD, rest):  # "5.2 percent" is "5.2%"
        return _no_trailing_zeros(digits.replace(",", ".")) + "%"
    han = not digits[0].isdigit()
    scale = next((_SCALES[k] for k in _SCALE_KEYS if rest.casefold().startswith(k)), None) if rest else None
    if scale is None:
        return str(_han_value(digits)) if han else plain
    try:
        value = _han_value(digits) if han else float(digits.replace(",", "."))
    except ValueError:  # "1.000.000": no single decimal point
        return plain
    return f"{value * scale:.6g}"


_HAN_NUMERALS = "零〇一二两三四五六七八九十百千万亿"
_SCALE_AFTER = re.compile(r"(?:" + _SCALE_WORDS + r")")
_PERCENT_AFTER = re.compile(r"[\s-]?(?:[%％]|" + _PERCENT_WORD + r"(?!\w))")  # "one-percent" too


def _spelled_numbers(text: str, lex: Lexicon) -> frozenset[str]:
    """Keys of the numbers ``text`` writes as words, as :func:`_number_key` keys digits: "three" is
    "3", "three billion" "3e+09", "ста сорока" "140" (:func:`_label_numbers` adds the label model's).

    >>> sorted(_spelled_numbers("ста сорока стран", lexicon("ru", warn=False)))
    ['140']
    """
    from .scoring import _RU_FORTY, _ru_forty
    folded = _folded(text)
    # a Chinese numeral inside a longer one ("五十亿", a year digit by digit "二〇二四年") is read
    # whole as a number already; "Сорока" the magpie is no forty (:func:`readouts.scoring._ru_forty`)
    words = sorted((m.start(), m.end(), value) for (_, value), m in _scan_items(lex.number_words, text, folded)
                   if not any(ch in _HAN_NUMERALS for ch in text[m.start() - 1:m.start()] + text[m.end():m.end() + 1])
                   and not (m.group().casefold() == _RU_FORTY and not _ru_forty(text, m.start(), m.end())))
    read: list[tuple[int, int, int, bool, re.Match[str] | None]] = []  # start, end, value, percent, scale
    k = 0
    while k < len(words):
        s, e, value = words[k]
        # "twenty-five", "двадцать пять", "three hundred", "ста сорока" (140): one number
        while k + 1 < len(words) and re.fullmatch(r"[ \t-]?", text[e:words[k + 1][0]]) and (
                (value % 10 == 0 and 20 <= value % 100 <= 90 and words[k + 1][2] < 10)
                or (value < 10 and words[k + 1][2] == 100)
                or (value % 100 == 0 and 100 <= value <= 900 and words[k + 1][2] < 100)):
            k += 1
            value = value * 100 if words[k][2] == 100 else value + words[k][2]
            e = words[k][1]
        scale = _SCALE_AFTER.match(text, e)
        # "twenty percent", "двадцать процентов" are "20%", as "20 percent" is
        percent = bool(_PERCENT_AFTER.match(text, e) or text.endswith(_HAN_PERCENT_WORD, 0, s))  # "百分之一"
        read.append((s, e, value, percent, scale))
        k += 1
    # a percent range in words ("three to five percent", "от трёх до пяти процентов", "百分之三至五"): the
    # percent that one end carries is both ends', as for digits (:func:`_range_percents`)
    for k in range(len(read) - 1):
        (s, e, value, percent, scale), (s2, e2, value2, percent2, scale2) = read[k], read[k + 1]
        if percent != percent2 and not (scale or scale2) and value < value2 and (
                to := _PERCENT_RANGE_TO.match(text, e)) is not None and to.end() == s2:
            read[k], read[k + 1] = (s, e, value, True, scale), (s2, e2, value2, True, scale2)
    return frozenset(_number_key(f"{value}{scale.group()}") if scale else f"{value}%" if percent else str(value)
                     for _, _, value, percent, scale in read)


def _label_numbers(text: str, percents: frozenset[str]) -> frozenset[str]:
    """The keys of every number :func:`readouts.scoring._numbers` (the label model's reading) finds in
    ``text`` ("с двадцатью странами" 20, "二〇二四年" 2024, "十亿" 1e9), as a scale word keys one
    ("1e+09") and as digits do ("1000000000"), so the cues know every number the label model reads;
    not one the point gives as a percentage (a key of ``percents``: "20%"), which "20 people" is no
    match for.

    >>> sorted(_label_numbers("人口超过十亿，增长百分之二十", frozenset({"20%"})))
    ['1000000000', '1e+09']
    """
    from .scoring import _numbers
    out = set()
    for v in map(float, _numbers([text])):
        keys = {f"{v:.6g}", str(int(v)) if v.is_integer() else str(v)}
        if not any(k + "%" in percents for k in keys):
            out |= keys
    return frozenset(out)


#: What makes a number an ordinal: "第" before it ("第三十一次", "第31次"), an English ordinal suffix
#: ("31st", "2nd") or a Russian ordinal ending after a hyphen ("31-й", "3-я", "31-го"; not the
#: decades' "-х" of "1990-х", nor "-ти", "-ю" of cardinals).
_ORDINAL_BEFORE = "第"
_ORDINAL_AFTER = re.compile(r"(?:st|nd|rd|th)(?![^\W\d_])|-(?:й|я|е|го|му|м|ой|ый|ий|ая|ое|ые|ие|ого|его|ому|ему|ом|ем|ую|ым|им)"
                            r"(?![а-яё])"
                            # an anniversary counts one too, as "the 20th anniversary" does: "20周年",
                            # "二十周年", "20-летие" ("20-летний", twenty years long, is a quantity)
                            r"|\s?周年|-?лети(?:е|я|ю|ем|и)(?![а-яё])"
                            # a session or congress: "十四届全国人大", "二十大" (the 20th Party Congress)
                            r"|届", re.IGNORECASE)
#: A Chinese congress by its number alone: "二十大", "十九大报告" (numerals only: "20大" is rare).
_CONGRESS_AFTER = "大"
#: A group named by its number of members ("二十国集团", "20国集团": the G20, which English and
#: Russian readouts name without a number to compare, "G20", "«двадцатка»"): a name, not a number.
_NUMBERED_GROUP = re.compile(r"国集团")


def _ordinal(text: str, n: Cue) -> bool:
    return text[:n.start].endswith(_ORDINAL_BEFORE) or _ORDINAL_AFTER.match(text, n.end) is not None or (
        text.startswith(_CONGRESS_AFTER, n.end) and n.text[:1] in _HAN_NUMERALS)


_PLAIN_DIGITS = re.compile(r"[\d.,]+")


def _range_scales(text: str, numbers: list[Number]) -> list[Number]:
    """``numbers`` (by start) with the first end of a range keyed by the scale word that only its last
    end carries, as :func:`readouts.scoring._numbers` reads it: "$10-20 billion", "10–20 млрд" and
    "一百至二百亿" key 1e10 and 2e10, not 10 (or 100) and 2e10; a range rises ("in 2022 to 62
    billion" is a year and a sum)."""
    from .scoring import _HAN_NUMERAL, _RANGE_TO, _han_range_start
    out = list(numbers)
    for k in range(len(out) - 1):
        n, m = out[k], out[k + 1]
        if n.key[:1].isdigit() and n.text[:1] in _HAN_NUMERALS:  # Chinese numerals: "一百至二百亿"
            first, last = _HAN_NUMERAL.match(text, n.start), _HAN_NUMERAL.match(text, m.start)
            if first is None or first.end() != n.end or last is None:
                continue
            value = _han_range_start(text, first, last)
            if value is not None:
                out[k] = replace(n, key=f"{value:.6g}")
            continue
        end = _PLAIN_DIGITS.match(_ascii_digits(m.text))
        if not (_PLAIN_DIGITS.fullmatch(_ascii_digits(n.text)) and end and end.end() < len(m.text)
                and (to := _RANGE_TO.match(text, n.end)) and to.end() == m.start):
            continue
        scaled = _number_key(n.text + m.text[end.end():])  # "10" and " billion" of "20 billion"
        try:
            rises = float(_number_key(n.text).replace(",", ".")) < float(_number_key(end.group()).replace(",", "."))
        except ValueError:
            continue
        if rises and scaled != n.key and not scaled.endswith("%"):
            out[k] = replace(n, key=scaled)
    return out


#: Between the two ends of a range ("3-5%", "3 to 5 percent", "от 3 до 5%", "百分之二十至三十"): a
#: dash, "to", "and", "or", "до", "и", "или", "至", "到" (:data:`readouts.scoring._RANGE_TO`, with no
#: digit required after it: a Chinese range may end in numerals).
_PERCENT_RANGE_TO = re.compile(r"\s?(?:[-\u2010\u2011\u2013\u2014~\uff5e至到]|\s(?i:to|and|or|до|и|или)\s)\s?")


def _percent_value(key: str) -> float | None:
    """The value of a number's key with its percent sign dropped ("5%" 5.0, "3" 3.0); None for a key
    with a scale ("1e+09") or none that reads as a number."""
    try:
        return None if "e" in key else float(key.rstrip("%"))
    except ValueError:
        return None


def _range_percents(text: str, numbers: Sequence[Cue]) -> list[Cue]:
    """``numbers`` (by start) with both ends of a percent range keyed as percentages where the
    percent sign or word stands by one end only: after the last ("3-5%", "3 to 5 percent", "3–5
    процентов": "3%" and "5%") or, in Chinese, before the first ("百分之二十至三十", "百分之3至5"):
    the first end was "3", which the other side's "3% to 5%" or "百分之三至百分之五" does not
    match, so one range read as a detail each side lacked. A range rises ("in 2022 to 5%" is a year
    and a percentage); an end with a scale word ("10-20 billion") is left as it is."""
    out = list(numbers)
    for k in range(len(out) - 1):
        n, m = out[k], out[k + 1]
        if not (isinstance(n, Number) and isinstance(m, Number)):
            continue
        to = _PERCENT_RANGE_TO.match(text, n.end)
        if to is None or to.end() != m.start:
            continue
        first, last = _percent_value(n.key), _percent_value(m.key)
        if first is None or last is None or first >= last or n.key.endswith("%") == m.key.endswith("%"):
            continue
        if m.key.endswith("%") and not _HAN_PERCENT.match(m.text):  # "3-5%": the sign after the last end
            out[k] = replace(n, key=n.key + "%")
        elif n.text.startswith(_HAN_PERCENT_WORD):  # "百分之二十至三十": the word before the first end
            out[k + 1] = replace(m, key=m.key + "%")
    return out


def _numbers_and_dates(text: str, lex: Lexicon) -> tuple[list[Cue], list[Date]]:
    # A number in digits and a date hold a digit: nine points in ten have none, and the patterns
    # below, tried at every character, were most of the cost of this step
    digits = _DIGIT.search(text) is not None
    numbers = [Number(m.start(), m.end(), m.group().strip(), _number_key(m.group().strip()))
               for m in (_NUMBER.finditer(text) if digits else ())]
    numbers += [Number(m.start(), m.end(), m.group(), _number_key(m.group())) for m in _HAN_NUMBER.finditer(text)]
    # "百分之二十" is "20%", as "20 percent" and "20%" are: the numeral is the percentage's
    percents = [Number(m.start(), m.end(), m.group(), _number_key(m.group(1)) + "%")
                for m in _HAN_PERCENT.finditer(text)]
    numbers = [n for n in numbers if not _overlaps([(p.start, p.end) for p in percents], n.start, n.end)] + percents
    numbers.sort(key=lambda n: n.start)
    if len(numbers) > 1:
        numbers = _range_percents(text, _range_scales(text, numbers))
    dates: list[Date] = []
    folded = _folded(text)
    for (_, month), m in (_scan_items(lex.months, text, folded) if digits else ()):
        # A month name counts as a date only next to a day or year ("January 10", "10 января"),
        # so the modal "may" is not read as May.
        # an English ordinal counts too: "January 21st", "the 21st of January"
        after = re.match(r"\s+(\d{1,4})(?:st|nd|rd|th)?\b", text[m.end():])
        before = re.search(r"\b(\d{1,2})(?:(?:st|nd|rd|th)(?:\s+of)?)?\s+$", text[:m.start()])
        if after or before:
            s = m.start() - (len(before.group(0)) if before else 0)
            e = m.end() + (after.end() if after else 0)
            # "17 June 2020": the day stands before the month and the year after it.
            day_first = bool(before and (not after or int(after.group(1)) > 31))
            day = (before if day_first else after).group(1)  # type: ignore[union-attr]
            key = f"{month:02d}-{int(day):02d}" if int(day) <= 31 else f"{month:02d}-{day}"
            dates.append(Date(s, e, text[s:e], key))
            # A range keys each of its days: "10 and 11 May", "26-27 January", "May 10-11".
            if int(day) <= 31:
                other = _RANGE_BEFORE.search(text, 0, s) if day_first else _RANGE_AFTER.match(text, e)
                if other and 1 <= int(other.group(1)) <= 31:  # its words: the whole range ("3-4 May")
                    rs, re_ = (other.start(1), e) if day_first else (s, other.end(1))
                    dates.append(Date(rs, re_, text[rs:re_], f"{month:02d}-{int(other.group(1)):02d}"))
    for m in (_HAN_DATE.finditer(text) if digits else ()):
        # Keyed as the other languages key them: "1月10日" 01-10, "2023年1月" 01-2023; a month
        # alone ("1月") is no date, as "in January" is none in English or Russian.
        year, month, day = m.groups()
        if day or year:
            d = f"{int(month):02d}-{int(day):02d}" if day else f"{int(month):02d}-{year}"
            start = m.start(2) if day else m.start()
            dates.append(Date(start, m.end(), text[start:m.end()], d))
            # "5月10日至11日": the range's second day, in the same month
            if day and (end := _HAN_RANGE_END.match(text, m.end())):
                dates.append(Date(start, end.end(), text[start:end.end()],
                                  f"{int(month):02d}-{int(end.group(1)):02d}"))
    inside = [(d.start, d.end) for d in dates]
    # Days of dates are not separate numbers (years are: "the 1999 Istanbul Charter" vs "in 1999").
    # A month's number alone ("1月") is neither, as "in January" names no number.
    numbers = [n for n in numbers if (not _overlaps(inside, n.start, n.end) or len(n.text) == 4)
               and not text.startswith("月", n.end) and not _NUMBERED_GROUP.match(text, n.end)]
    return numbers, dates


#: A plural abbreviation: capitals (a lower-case letter between them at most, "MoUs") and a plural
#: "s" after the last capital ("SRs", "FMs", "NSAs", "NGOs"; not "BRICS", nor "Xs").
_PLURAL_ABBREVIATION = re.compile(r"[A-Z](?:[a-z]?[A-Z])+s['’]?")


def _entities(text: str, lex: Lexicon, mentions: list[Mention], dates: list[Date]) -> list[Cue]:
    if not lex.boundaries:
        # Chinese has no capitals; Latin acronyms in it still count.
        return [Cue(m.start(), m.end(), m.group()) for m in re.finditer(r"\b[A-Z]{2,}\b", text)]
    taken = [(m.start, m.end) for m in mentions] + [(d.start, d.end) for d in dates]
    # "55 billion US dollars": a currency names no entity, as "dollars" alone names none
    taken += [(m.start(), m.end()) for m in _find(lex.currencies, text)]
    overlaps = _Overlaps(taken)  # _overlaps(taken, ...), at once
    before = _titles_before(text, mentions, lex)
    titles = _titles(text, mentions, lex) + before
    runs: list[tuple[int, int]] = []
    places: set[int] = set()  # the ends of places cut before the next name (:func:`_place_end`)
    for m in _CAPITAL.finditer(text):
        s = m.start()
        end = _place_end(text, m.start(), m.end(), mentions, lex)
        # a name in quotation marks opens at its first word ("the 'San Francisco vision'", not
        # "Francisco"), which the run missed after the quote
        if (q := _QUOTED_HEAD.search(text, max(0, s - 40), s)) is not None:
            s = q.start(1)
        if overlaps(m.start(), end):
            # "thanked Erdogan for Turkey's help": a run joined by "for" or "of the" that holds an
            # actor is two runs ("the National Congress of the Communist Party of China")
            for f in _FOR.finditer(text, m.start(), end):
                runs.append((s, f.start()))
                s = f.end()
        runs.append((s, end))
        if end < m.end():
            places.add(end)
    # one capitalised word and a run with a plural head share that head: "Eastern and Southern
    # Theater Commands", "the South and East China Seas" (one name, not "Eastern" on its own)
    for k in range(len(runs) - 2, -1, -1):
        (s0, e0), (s1, e1) = runs[k], runs[k + 1]
        if _AND_GAP.fullmatch(text, e0, s1) and " " not in text[s0:e0] and not text[s0:e0].isupper() \
                and _PLURAL_HEAD.search(text, s1, e1):
            runs[k:k + 2] = [(s0, e1)]
    # a capitalised word and "in" before a run that ends in a name's head noun are the name's own
    # ("Victory in Europe Day"; "NATO in Eastern Europe" has no head noun)
    for k in range(len(runs) - 2, -1, -1):
        (s0, e0), (s1, e1) = runs[k], runs[k + 1]
        if _IN_GAP.fullmatch(text, e0, s1) and len(text[s0:e0].split()) == 1 and not text[s0:e0].isupper() \
                and len(tail := text[s1:e1].split()) > 1 and tail[-1].lower() in lex.name_heads \
                and not overlaps(s0, e1):
            runs[k:k + 2] = [(s0, e1)]
    # a run that ends in a name's head noun and "on" before a run of capitals are one name ("the
    # Convention on International Civil Aviation", "the Leaders Summit on Climate", "the Declaration on
    # the Conduct of Parties"); not an actor and "on" ("Xi on Taiwan", "Sullivan on the Third Plenary
    # Session"), nor a run with no head noun ("the JCPOA on Iran's nuclear programme", "Work on the
    # Akkuyu plant"), nor a day after it ("the Summit on Tuesday")
    for k in range(len(runs) - 2, -1, -1):
        (s0, e0), (s1, e1) = runs[k], runs[k + 1]
        if _ON_GAP.fullmatch(text, e0, s1) and text[s0:e0].split()[-1].casefold() in lex.name_heads \
                and text[s1:e1].split()[0].casefold() not in lex.not_entities and not overlaps(s0, e1):
            runs[k:k + 2] = [(s0, e1)]
    # A name joined by "for" or "of" goes on across "and" where one word stands on each side of it and
    # the name goes on after ("the Working Mechanism for Consultation and Coordination on ...", "the
    # Organization for Security and Co-operation in Europe"), and then across "on" or "in"; "the
    # Republic of Korea and Japan", "Russia and China" are lists.
    k = 0
    while k < len(runs) - 1:
        (s0, e0), (s1, e1) = runs[k], runs[k + 1]
        if _AND_GAP.fullmatch(text, e0, s1) and _JOINED_WORD.search(text, s0, e0) \
                and (_NAME_GOES_ON.match(text, s1, e1) or _NAME_GOES_ON.match(text, s1)) \
                and not overlaps(s0, e1):
            runs[k:k + 2] = [(s0, e1)]
            if k + 1 < len(runs) and _ON_IN_GAP.fullmatch(text, e1, runs[k + 1][0]) \
                    and not overlaps(*runs[k + 1]):
                runs[k:k + 2] = [(s0, runs[k + 1][1])]
        k += 1
    # A name and its acronym right after it in brackets are one name ("the Shanghai Cooperation
    # Organisation (SCO)"), however the name's words run ("on India-China Border Affairs (WMCC)").
    defined = _defined_acronyms(text, taken, lex)
    if defined:
        runs = [r for r in runs if not any(r[0] < d1 and d0 < r[1] for d0, d1 in defined)] + defined
        runs.sort()
    # a run of capitals that goes on from a title into the name after it is that name alone
    # ("Королевства Саудовская Аравия Мухаммедом": the title's names, then the person's)
    runs = [(max([s] + [t1 for t0, t1 in before if t0 <= s < t1 < e]), e) for s, e in runs]
    out = []
    for s, e in runs:
        if (s, e) in defined:
            out.append(Cue(s, e, text[s:e]))
            continue
        # a lower-case word hyphened to a one-word name is no part of it: "Normandy-format" names
        # Normandy as "the Normandy format" does ("Taiwan-related", "UN-centred"); not a given name
        # of two syllables after a surname ("Lai Ching-te", "Tsai Ing-wen")
        while (h := text.rfind("-", s, e)) > s and text[h + 1:e].isalpha() and text[h + 1:e].islower() \
                and not re.search(r"\s", text[s:h]):
            e = h
        words = text[s:e].split()
        # Drop leading function words ("The OSCE" -> "OSCE") and a leading sentence-initial word.
        while words and (v := re.sub(r"['’]s$", "", words[0].lower()).strip("'’")) in lex.not_entities \
                and not (v in lex.name_openers and any(re.sub(r"['’]s$", "", w.lower()).strip("'’")
                                                       not in lex.not_entities for w in words[1:])):
            s = text.index(words[0], s) + len(words[0])
            s += len(text[s:]) - len(text[s:].lstrip())
            words = words[1:]
        if not words:
            continue
        # a plural abbreviation counts holders or things of a kind, as its words in lower case would
        # ("the SRs", special representatives; "FMs", "NGOs", "MoUs"): a common noun, no name, as
        # "the SCO" or "BRICS" is one; inside a longer name it stays ("the BRICS FMs Meeting")
        if len(words) == 1 and _PLURAL_ABBREVIATION.fullmatch(words[0]):
            continue
        # a possessive that is no name of its own opens one ("People's Liberation Army")
        # _POSSESSIVE_BEFORE ends at ``s`` and holds one word: searched from the last two words before it
        if (p := _POSSESSIVE_BEFORE.search(text, _runs_start(text, s, 2), s)) and not overlaps(p.start(), s) \
                and re.sub(r"['’]s$", "", p.group().split()[0].lower()) in lex.name_possessives:
            s = p.start()
        if e - s < 2 or overlaps(s, e) or any(t0 <= s and e <= t1 for t0, t1 in titles):
            continue
        # first names and initials of an actor ("Joseph R." of "Joseph R. Biden"), not a place
        # that the actor's title follows ("в Эр-Рияде Министр ... Лавров")
        # (text[e:t[0]] is a dot and spaces at most where t[0] lies within the dot and spaces after e)
        if e not in places and overlaps.starting_in(e, _DOT_SPACES.match(text, e).end()):
            continue
        # A lone capitalised word opening the point is just the sentence start ("Under", "Turning").
        if s == len(text) - len(text.lstrip()) and len(words) == 1 and not words[0].isupper():
            continue
        out.append(Cue(s, e, text[s:e]))
    if lex.lower_adjectives and out:
        out = _lower_name_runs(text, out, lex, overlaps, titles)
    # the region a document's name ends in is that name's, quoted with it (:func:`name_evidence_end`),
    # no name of its own: "the Declaration on the Conduct of Parties in the South China Sea"
    regions = [(c.end, m.end()) for c in out if c.text.split()[0].casefold() in lex.document_heads
               and _ON_GAP.search(c.text) and (m := _IN_THE_RUN.match(text, c.end)) is not None
               and m.group().split()[-1] in lex.region_nouns]
    out = [c for c in out if not any(r0 < c.start and c.end <= r1 for r0, r1 in regions)] if regions else out
    # a document named in lower case is still named ("the three China-US joint communiques", as
    # "the three Joint Communiques" and "三个联合公报" are): :func:`_document_names`
    found = [(m.start(), m.end()) for p in _document_names(lex.language) for m in p.finditer(text)]
    if found:
        out = sorted(out + [Cue(s, e, text[s:e]) for s, e in found
                            if not overlaps(s, e) and not any(c.start < e and s < c.end for c in out)],
                     key=lambda c: c.start)
    return out


@lru_cache(maxsize=None)
def _document_names(language: str) -> tuple[re.Pattern[str], ...]:
    """The names of documents that ``language`` (English) may write in lower case and that still name
    one thing, a named entity in any case: the English names of the other shipped lexicons'
    ``english_names`` pairs of two words or more, capitalised there and ending in one of this lexicon's
    ``lower_name_heads`` or its plural ("Joint Communiques", the pair of "三个联合公报"), so a readout that writes "the
    three joint communiques" names them as one that writes "the three Joint Communiques" does.

    >>> [m.group() for p in _document_names("en") for m in p.finditer("the three China-US joint communiques")]
    ['joint communiques']
    """
    heads = lexicon(language, warn=False).lower_name_words
    if language != "en" or not heads:
        return ()
    terms = {t for code in LANGUAGES if code != language for t in lexicon(code, warn=False).english_name_terms
             if len(t.split()) > 1 and t[:1].isupper() and t.split()[-1].rstrip("*=").casefold().startswith(tuple(heads))}
    return tuple(_term_regex(t, True) for t in sorted(terms))


#: A Russian adjective's ending in any gender, number and case ("Корейского", "черноморских",
#: "Минские"); not "-ние"/"-ний" ("соглашение", "соглашений"), nouns far more often.
_ADJECTIVE_ENDING = re.compile(r"(?:ого|его|ому|ему|ыми|ими|ый|ой|ая|яя|ое|ее|ые|ую|юю|ых|их|ым|им|ом|ем"
                               r"|(?<!н)ие|(?<!н)ий)$", re.IGNORECASE)

#: A lower-case word right after a position, spaces between (:func:`_adjective_head_end`).
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+)(?![\w-])")

#: A Russian verb's ending ("возобновились", "остаются"): no noun a name ends in.
_VERB_ENDING = re.compile(r"(?:л|ла|ли|ло|ть|ет|ит|ют|ят|ут|ат|ся|сь)$")


def _adjective_head_end(text: str, start: int, end: int) -> int:
    """Where the name that the adjective ``text[start:end]`` opens ends, in a language whose names'
    later words are lower case (Russian): over the lower-case adjectives after it and the noun they
    all qualify, of four letters at least ("Второй мировой войны", "черноморских портов",
    "стамбульских договорённостей"); at ``end`` where the word is no adjective or no noun follows."""
    if not _ADJECTIVE_ENDING.search(text, start, end) or " " in text[start:end]:
        return end
    pos = end
    for _ in range(3):
        m = _LOWER_WORD_AFTER.match(text, pos)
        if m is None or len(m.group(1)) < 4 or _VERB_ENDING.search(m.group(1)):
            return end
        pos = m.end()
        if not _ADJECTIVE_ENDING.search(m.group(1)):
            return pos
    return end


#: An adjective's ending as :func:`_agrees` compares two: soft and hard vowels as one ("его" ~
#: "ого", "ий" ~ "ый" ~ "ой" of a masculine nominative).
_SOFT_HARD = str.maketrans({"е": "о", "и": "ы", "я": "а", "ю": "у"})


def _agrees(a: str, b: str) -> bool:
    """Whether two Russian adjectives agree by their endings (:data:`_ADJECTIVE_ENDING`): "Второй" and
    "мировой", "Совместного" and "всеобъемлющего"; not "Второй" and "мировых"."""
    ea, eb = _ADJECTIVE_ENDING.search(a), _ADJECTIVE_ENDING.search(b)
    if ea is None or eb is None:
        return False
    x, y = (e.group().casefold().translate(_SOFT_HARD).replace("ыы", "ый") for e in (ea, eb))
    x, y = ("ый" if v == "ой" else v for v in (x, y))
    return x == y or {x, y} <= {"ый", "ой"}


#: A word after a position, spaces between: lower case, or capitalised or an acronym (:func:`_lower_name_end`).
_NAME_WORD_AFTER = re.compile(r"[ \t]+([а-яё]+(?:-[а-яё]+)?|[А-ЯЁA-Z][\w-]*)(?![\w-])")


def _lower_name_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """Where a Russian name that the capitalised word ``text[start:end]`` opens ends, where only a
    name's first word is capitalised: over the lower-case adjectives that agree with it and the noun
    they qualify ("Второй мировой войне", "Гражданской войне", "Корейского полуострова"), or, after a
    head noun of ``prepositional_name_heads``, over its preposition, the lower-case adjectives after
    it and their noun, or a capitalised word or acronym ("Войне за независимость", "Договору о
    СНВ"); at ``end`` where none follows.

    >>> lex = lexicon("ru", warn=False)
    >>> t = "во Второй мировой войне и в Войне за независимость 250 лет назад"
    >>> [t[s:_lower_name_end(t, s, s + len(w), lex)] for w in ("Второй", "Войне") for s in [t.index(w)]]
    ['Второй мировой войне', 'Войне за независимость']
    """
    word = text[start:end]
    pos, adjective = end, word
    if not _ADJECTIVE_ENDING.search(word):
        head = word.casefold()
        if not any(head.startswith(h[:-1]) if h.endswith("*") else head == h for h in lex.prepositional_heads):
            return end
        m = _NAME_WORD_AFTER.match(text, end)
        if m is None or m.group(1).casefold() not in lex.name_prepositions:
            return end
        pos, adjective = m.end(), ""
    for _ in range(4):
        m = _NAME_WORD_AFTER.match(text, pos)
        if m is None:
            break
        w = m.group(1)
        if not w[:1].islower():  # a capitalised word or an acronym after a preposition: the name's own
            return m.end() if not adjective else end
        if len(w) < 3 or _NAME_VERB_ENDING.search(w) and not _ADJECTIVE_ENDING.search(w):
            break
        if not _ADJECTIVE_ENDING.search(w):  # the noun ("войне", "сил" of "Вооружённых сил"), no preposition
            if lex.lower_name_head is not None and lex.lower_name_head.match(text, pos):
                return pos  # "Минские соглашения": the name is "Минские", its noun quoted with it (name_evidence_end)
            return m.end() if len(w) >= 4 or adjective and w not in lex.oblique_prepositions else end
        if adjective and not _agrees(adjective, w):
            break
        adjective, pos = adjective or w, m.end()
    return end


#: A Russian verb's ending that no noun of a name has ("завершилась", "стала"; not "совет", "сил",
#: "независимость", whose "-ет", "-л", "-сть" :data:`_VERB_ENDING` takes for a verb's).
_NAME_VERB_ENDING = re.compile(r"(?:ла|ли|ло|ся|сь|(?<!с)ть)$")

#: What ends a sentence before a word (:func:`_lower_name_runs`): a capital after it opens the sentence.
_SENTENCE_END_BEFORE = re.compile(r"(?:^|[.!?…][\s\"»”)]*)\s*$")


def _lower_name_runs(text: str, out: list[Cue], lex: Lexicon, overlaps: Any,
                     titles: Sequence[tuple[int, int]]) -> list[Cue]:
    """The entities ``out`` of a Russian point, each run on over the lower-case words of its name
    (:func:`_lower_name_end`): "Второй мировой войне", not "Второй"; an entity inside the longer one
    ("СНВ" of "Договору о СНВ") goes. A capitalised word that opens a sentence opens no name so, nor
    does a run that would take an actor, a date or a title in."""
    res: list[Cue] = []
    for c in out:
        if res and c.start < res[-1].end:
            continue
        if res and res[-1].text[-1:].islower() and not text[res[-1].end:c.start].strip(" \t") \
                and not overlaps(res[-1].end, c.start):
            # a name of capitals right after the noun is the name's genitive ("Международного комитета
            # Красного Креста"), as its evidence is (:func:`name_evidence_end`)
            res[-1] = Cue(res[-1].start, c.end, text[res[-1].start:c.end])
            continue
        last = c.end - len(c.text.split()[-1]) if c.text.split() else c.start
        end = _lower_name_end(text, last, c.end, lex)
        if end > c.end and not _SENTENCE_END_BEFORE.search(text, 0, c.start) and not overlaps(c.end, end) \
                and not any(c.end < t1 and t0 < end for t0, t1 in titles):
            c = Cue(c.start, end, text[c.start:end])
        res.append(c)
    return res


#: A dot and spaces at most (:func:`_entities`: an initial before an actor's name).
_DOT_SPACES = re.compile(r"\.?[ \t]*")

#: A word of a run of capitals after its first ("С" of "Эр-Рияде С", then "." : an initial).
_LATER_WORD = re.compile(r"[ \t]+(\S+)")


#: "in the" and a run of capitalised words after a document's name (:func:`name_evidence_end`).
_IN_THE_RUN = re.compile(r"[ \t]+in[ \t]+the[ \t]+[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*)*")


def name_evidence_end(pc: PointCues, cue: Cue) -> int:
    """Where a named entity's evidence ends: over a lower-case noun right after it that the name
    qualifies (lexicon ``lower_name_heads``: "the Minsk agreements" is quoted whole, not "Minsk"),
    or over "in the" and a run of capitals after a document's name joined over "on" (lexicon
    ``document_heads``: "the Declaration on the Conduct of Parties in the South China Sea"), else at
    the entity's end. Where words made from names are written in lower case (lexicon
    ``lower_adjectives``: Russian), a capitalised adjective runs on over the lower-case noun it
    qualifies ("Корейского полуострова", not "Корейского"), and so does a place's adjective in lower
    case that is no entity, a name of an ``english_names`` pair ("стамбульских договорённостей").
    The entity alone is what the cues compare.

    >>> pc = point_cues("Putin urged Kyiv to carry out the Minsk agreements.", side="RU", counterpart_side="US")
    >>> [pc.text[e.start:name_evidence_end(pc, e)] for e in pc.entities]
    ['Minsk agreements']
    """
    lex = lexicon(pc.language, warn=False)
    if not any(cue is e for e in pc.entities):
        # a place's adjective in lower case runs on over its noun ("стамбульских договорённостей",
        # "черноморских портов", not "черноморских" alone)
        lower_place = lex.lower_adjectives and type(cue) is Cue  # no date, no number
        if lex.han_name_head is not None and type(cue) is Cue \
                and (m := lex.han_name_head.match(pc.text, cue.end)) is not None:
            # Chinese writes no capitals to end a name: a place's or body's name runs on over a few
            # characters to a name's head noun ("联合国气候变化大会", "加勒万河谷"), as the English
            # "UN Climate Change Conference" and "Galwan Valley" are one capitalised name
            return m.end()
        return _adjective_head_end(pc.text, cue.start, cue.end) if lower_place else cue.end
    if lex.lower_adjectives and ((end := _adjective_head_end(pc.text, cue.start, cue.end)) > cue.end
                                 or " " in cue.text and cue.text[-1:].islower()):
        # a capitalised adjective and the lower-case noun it qualifies ("Корейского полуострова",
        # "Второй мировой войне", an entity that already runs on over it: :func:`_lower_name_runs`),
        # and a name of capitals right after that noun ("Международного комитета Красного Креста")
        return next((e.end for e in pc.entities if e.start > end and not pc.text[end:e.start].strip()), end)
    if cue.text.split()[0].casefold() in lex.document_heads and _ON_GAP.search(cue.text) \
            and (m := _IN_THE_RUN.match(pc.text, cue.end)) is not None and m.group().split()[-1] in lex.region_nouns:
        return m.end()
    if lex.lower_name_head is None:
        return cue.end
    m = lex.lower_name_head.match(pc.text, cue.end)
    return m.end() if m is not None and pc.text[m.end() - len(m.group().lstrip())].islower() else cue.end


def _place_end(text: str, start: int, end: int, mentions: Sequence[Mention], lex: Lexicon) -> int:
    """Where the run of capitals ``text[start:end]`` ends as a name: after a place preposition
    (lexicon ``place_prepositions``: "в", "из"; before the run or its first word), the place ends
    before an initial (a capital letter and ".") or an actor that opens with a title, which open
    the next name, the subject of the sentence ("в Эр-Рияде С.В. Лавров", "в Эр-Рияде Министр
    иностранных дел России Лавров"); any other run ends where it ends. A first name before an
    initial ("Джозефом Р. Байденом") follows no place preposition."""
    if not lex.place_prepositions:
        return end
    first = _LATER_WORD.match(text, start, end)
    lead = text[start:first.start() if first else end].casefold()
    if lead in lex.place_prepositions:  # "В Эр-Рияде ...": the preposition opens the run
        if first is None:
            return end
        start = first.start(1)
    elif not re.search(r"(?<!\w)(?:" + _alternation(lex.place_prepositions) + r")[ \t]+$", text[max(0, start - 8):start],
                       re.IGNORECASE):
        return end
    for w in _LATER_WORD.finditer(text, start, end):
        word = w.group(1)
        if len(word) == 1 and text.startswith(".", w.end(1)) \
                or any(x.start == w.start(1) for x in mentions) and _title_word(word, lex):
            return w.start()
    return end


#: What stands between the capitalised words of "Eastern and Southern Theater Commands".
_AND_GAP = re.compile(r"[ \t]+and[ \t]+")
_IN_GAP = re.compile(r"[ \t]+in[ \t]+")
_ON_IN_GAP = re.compile(r"[ \t]+(?:on|in)[ \t]+")
#: "on", and "the" at most, between a name's head noun and the rest of the name ("Declaration on the Conduct").
_ON_GAP = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?")
#: A run that ends in "for" or "of" and one word ("Working Mechanism for Consultation").
_JOINED_WORD = re.compile(r"[ \t](?:for|of)[ \t]+(?:the[ \t]+)?[A-ZА-ЯЁ][\w\-]*$")
#: One word and the name going on after it: a "for" or "of" inside its run, or "on" or "in" and a
#: capitalised word after it ("Coordination on India-China Border Affairs").
_NAME_GOES_ON = re.compile(r"[A-ZА-ЯЁ][\w\-]*(?:[ \t]+(?:for|of)[ \t]|[ \t]+(?:on|in)[ \t]+[A-ZА-ЯЁ])")
#: An acronym in brackets ("(WMCC)"), and the words that may stand inside a name without counting
#: towards its acronym's letters.
_BRACKETED_ACRONYM = re.compile(r"[ \t]*\(([A-ZА-ЯЁ]{2,8})\)")
_LONG_FORM_STOP = re.compile(r"[^,;:.!?()\[\]\"“”]*$")


def _defined_acronyms(text: str, taken: list[tuple[int, int]], lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of a name and the acronym in brackets right after it that stands for it, found as
    Schwartz and Hearst (2003) find one: the acronym's letters stand in the name's words in order,
    its first letter opens the name's first word, which is capitalised; the name holds at most five
    words more than the acronym has letters, function words ("for", "and") aside, and no
    punctuation. "the Shanghai Cooperation Organisation (SCO)", "the Working Mechanism for
    Consultation and Coordination on India-China Border Affairs (WMCC)"; not an acronym that
    is an actor of the point ("the United States (US)")."""
    out: list[tuple[int, int]] = []
    for m in _BRACKETED_ACRONYM.finditer(text):
        short = m.group(1)
        if _overlaps(taken, m.start(1), m.end(1)):
            continue
        stop = _LONG_FORM_STOP.search(text, max(0, m.start() - 200), m.start())
        before = text[stop.start():m.start()] if stop else ""
        words = list(re.finditer(r"\S+", before))
        content = [w for w in words if w.group().lower() not in lex.not_entities]
        if len(content) > len(short) + 5:
            words = [w for w in words if w.start() >= content[-(len(short) + 5)].start()]
        if not words:
            continue
        long = before[words[0].start():]
        li = len(long) - 1
        for si in range(len(short) - 1, -1, -1):
            c = short[si].lower()
            while li >= 0 and (long[li].lower() != c or (si == 0 and li > 0 and not long[li - 1].isspace())):
                li -= 1
            if li < 0:
                break
            li -= 1
        else:
            first = long.rfind(" ", 0, li + 2) + 1
            if long[first:first + 1].isupper():
                out.append((stop.start() + words[0].start() + first, m.end()))
    return out
#: A run of two words or more whose last is a plural ("Southern Theater Commands", "East China Seas";
#: not "Red Cross").
_PLURAL_HEAD = re.compile(r"[ \t][A-Z][\w-]*[a-z][a-rt-z]s$")
#: A capitalised word right after an opening quotation mark, and the space after it, up to a run.
_QUOTED_HEAD = re.compile(r"(?<!\w)['‘’\"“]([A-ZА-ЯЁ][\w\-]*)[ \t]+$")
_FOR = re.compile(r"[ \t]+(?:for|of[ \t]+the)[ \t]+")
_SEGMENT = re.compile(r",[ \t]+([^,.;:]*)")


#: What may stand before a clause's actor at its opening: "the" and capitalised titles.
_CLAUSE_SUBJECT_LEAD = re.compile(r"(?:(?:the|[A-ZА-ЯЁ][\w.\-]*)\s+)*")


def _reason_clause(words: Sequence[str]) -> re.Pattern[str] | None:
    """A subordinate clause that opens the text, a sentence or what "that" reports, with one of
    ``words`` ("Since the US has said ...,"), up to the comma before its main clause; "as" not as a
    preposition ("As for Ukraine, ...", "As a result, ...")."""
    if not words:
        return None
    return re.compile(r"(?:^|(?<=[.;!?])|(?<=\bthat))\s*(?:" + _alternation(words)
                      + r")\s+(?!(?:for|to|well|regards|part|such|of|per|a|an|result|soon|long|far|much)\b)"
                      + r"(?P<rest>[^,;:.!?()]+),(?=\s*\S)", re.IGNORECASE)


#: A word after a speaker's span, and "of" with capitalised words after a title ("of State").
_WORD_AFTER = re.compile(r"[ \t]+([\w'’-]+)")
_OF_CAPITALS = re.compile(r"[ \t]+of(?:[ \t]+[A-Z][\w-]*)+")


def _concessive_participle(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """Whether the act term at ``s:e`` is a participle (ending in one of ``finite_endings``, "-ed",
    the form both share) set off after a concessive word, a negation and an adverb at most between,
    a comma or a dash right after it ("a substantial, though not yet agreed, quantity", "an
    important, if not yet accepted, proposal"): it qualifies the noun after it, no act (lexicon
    ``concessives``)."""
    if lex.concessive is None or not lex.finite_endings or not text[s:e].casefold().endswith(lex.finite_endings):
        return False
    return bool(lex.concessive.search(text, max(0, s - 40), s)) and bool(_SET_OFF_AFTER.match(text, e))


#: What ends a parenthetical participle: a comma or a dash ("though not yet agreed, quantity").
_SET_OFF_AFTER = re.compile(r"\s*(?:,|—|–|\s-\s)")


def _titled_span(text: str, span: tuple[int, int] | None, lex: Lexicon, stop: int,
                 mentions: Sequence[Mention] = ()) -> tuple[int, int] | None:
    """``span`` (a speaker's words) run on over the title words right after it, up to ``stop`` (the
    act's start): "He and the US" is "He and the US President", "the U.S." of "the U.S. Secretary of
    State" the whole title, as the evidence a flag quotes. Languages with word boundaries only (a
    Russian or Chinese title stands before its country: "президент США", "美国总统"). Where titles
    are written in lower case (lexicon ``title_portfolios``), the span runs back over the title
    before its country ("Глава Белого дома", "Президент США"), and over the side's adjective (one of
    ``mentions``) right before a title ("Российский президент"): the title is the head, not lost."""
    if span is None or not lex.boundaries:
        return span
    if lex.title_portfolios:
        lo = span[0]
        for _ in range(3):
            word = _WORD_BEFORE.search(text, 0, lo)
            if word is None:
                break
            if _is_title(word.group(1).casefold(), lex):
                lo = word.start(1)
            elif (head := _GAP_WORD.match(text, lo)) and (
                    _is_title(head.group().casefold(), lex)
                    or any(m.start == head.start() and m.end == head.end() and m.role in ("own", "counterpart")
                           for m in mentions)) \
                    and any(m.start == word.start(1) and m.end == word.end(1) and m.role in ("own", "counterpart")
                            for m in mentions):
                lo = word.start(1)  # "Американский коллега": the side's adjective before an actor word
            elif titled := next((m for m in mentions if m.end == word.end(1) and m.start < word.start(1)
                                 and _is_title(m.text.split()[0].casefold(), lex)), None):
                lo = titled.start  # "Глава МИД России": a title of several words, an actor term itself
            elif titled := next((m for m in mentions if m.end < word.start(1) and lo - m.end < 40
                                 and _is_title(m.text.split()[0].casefold(), lex)
                                 and _PORTFOLIO_GAP.fullmatch(text, m.end, lo)), None):
                # "Министр иностранных дел российской стороны": a title and its portfolio in lower
                # case before the side's words; the title is the head, the side its holder's
                lo = titled.start
            else:
                break
        span = (lo, span[1])
        # the noun a side's adjective ends the span on, in the adjective's case ("Глава российского
        # государства", "Президент Российской Федерации"): the head of the phrase, not lost
        if (adj := next((m for m in mentions if m.end == span[1] and m.start > span[0] and " " not in m.text
                         and m.role in ("own", "counterpart") and _SIDE_ADJECTIVE.search(m.text)), None)) \
                and (m := _WORD_AFTER.match(text, span[1])) and m.end() <= stop \
                and m.group(1)[:1].isupper() == adj.text[:1].isupper() and m.group(1)[:1].isalpha():
            span = (span[0], m.end())
    pos = span[1]
    # "the Chinese and US heads of state": a noun of ``actor_nouns`` after the side's word, whole
    if lex.actor_noun is not None and (n := lex.actor_noun.match(text, _SPACE_RUN.match(text, pos).end())) \
            and n.start() > pos and n.end() <= stop:
        pos = n.end()
    last = text[span[0]:span[1]].split()[-1:] or [""]
    lower = last[0][:1].islower()  # "американской стороны Министр ...": a capital opens a new subject
    while (m := _WORD_AFTER.match(text, pos)) and m.end() <= stop and not (lower and m.group(1)[:1].isupper()):
        word = m.group(1).casefold()
        if not (_is_title(word, lex) or word.endswith("s") and _is_title(word[:-1], lex)):  # "Representatives"
            break
        pos = m.end()
    if pos != span[1] and (m := _OF_CAPITALS.match(text, pos)) and m.end() <= stop:
        pos = m.end()
    return (span[0], pos)


#: One to three lower-case words and the spaces around them: a title's portfolio ("иностранных дел").
_PORTFOLIO_GAP = re.compile(r"(?:[ \t]+(?-i:[^\W\d_A-ZА-ЯЁ][^\W\dA-ZА-ЯЁ]*)){1,3}[ \t]+")

#: A Russian adjective's ending ("российского", "Российской", "американский").
_SIDE_ADJECTIVE = re.compile(r"(?:ого|его|ой|ий|ый|ая|ое|ых|их|ому|ым|ую)$", re.IGNORECASE)


def _others_agreement(text: str, acts: list[Act], mentions: Sequence[Mention], names: dict[str, str],
                      lex: Lexicon) -> list[Act]:
    """Agreements credited to both sides whose subject is two persons or more, each named after a title
    ("President Xi Jinping and Prime Minister Modi had reached an important consensus", "President
    Xi and President Trump had held a call and reached ..."), none of them a participant of the
    call (``names``, the readouts' participants, must be known): people not in the call made no
    agreement in it, so it was made where they met, before: recalled (``past``), no claim of this
    call, whatever the tense. The sides' own words ("the two sides had reached", "he had agreed")
    or a participant among the persons keep the agreement the call's."""
    keys = {_name_key(k) for k in names}
    out = []
    for a in acts:
        if a.commits and a.speaker == "both" and not a.past and a.speaker_span is not None:
            lo, hi = a.speaker_span
            inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.role != "pronoun"]
            if not lex.boundaries:
                # Chinese: the persons' names (the titles after them, "主席" of "习近平主席", are
                # mentions too), each with a title beside it, each a person of ``person_names``
                # ("主席和莫迪" may be the span: the name right before its title opens it)
                while (name := next((x for x in mentions if x.end == lo and x.role in ("own", "counterpart")), None)):
                    lo = name.start
                inside = [m for m in mentions if lo <= m.start and m.end <= hi and m.role != "pronoun"
                          and m.text not in lex.join_fillers]
                english = dict(lex.person_names)
                if len(inside) >= 2 and all(
                        m.role in ("own", "counterpart") and m.text in english and _titled_zh(text, m, lex)
                        and not any(_same_name(_name_key(english[m.text]), k) for k in keys) for m in inside):
                    a = replace(a, past=True)
            elif len(inside) >= 2 and all(
                    m.role in ("own", "counterpart") and _titled(text, m, lex)
                    and not any(_same_name(_name_key(m.text), k) for k in keys) for m in inside):
                a = replace(a, past=True)
        out.append(a)
    return out


def _titled_zh(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether a Chinese mention ``m`` has a title (lexicon ``join_fillers``) right after it
    ("习近平主席", "莫迪总理") or right before it ("美国总统拜登"): ``m`` names a person."""
    return any(text.startswith(t, m.end) or text.endswith(t, 0, m.start) for t in lex.join_fillers
               if t not in ("应约", "应邀"))


def _titled(text: str, m: Mention, lex: Lexicon) -> bool:
    """Whether the word right before the mention ``m`` is a title ("President Xi", "Prime Minister
    Modi", "Presidents Xi Jinping and ..."): ``m`` names a person."""
    word = _LAST_WORD.search(text, 0, m.start)
    if word is None or word.end() != m.start:
        return False
    w = word.group(1).casefold()
    return _is_title(w, lex) or (w.endswith("s") and _is_title(w[:-1], lex))


def _is_title(word: str, lex: Lexicon) -> bool:
    """Whether a folded word is one of the lexicon's ``title_words``, or a stem of one less an ending
    of up to three letters ("посланника" of "посланник*")."""
    return word in lex.title_words or any(word.startswith(t) and len(word) - len(t) <= _TITLE_ENDING
                                          for t in lex.title_stems)


#: The most letters a title stem's ending has ("-ами" of "представителями").
_TITLE_ENDING = 3


def _titles(text: str, mentions: Sequence[Mention], lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of titles set after an actor's name ("Wang Yi, Member of the Political Bureau of the CPC
    Central Committee and Director of the Office ..., spoke"): comma-separated segments that open
    with a title word or an article, or hold one in lower case ("Politburo member and Director"),
    and hold a title word (lexicon ``title_words``: "member", "director"), their other words
    capitalised or ``not_entities`` ("of", "the", "and"); a side's name may open one as an article
    does ("Josep Borrell, EU High Representative for Foreign Affairs and Security Policy, held"),
    where no other actor follows in it ("Erdogan, Russian President Putin and ... in Astana" is a list).
    A name inside a title is the person's rank, not a detail of what was said; "Macron, Finnish
    President Stubb" and "Russia, Australia and the Republic of Korea" are lists, no titles.
    Where titles are written in lower case (lexicon ``title_portfolios``), a segment opens with a
    title word, and its lower-case words other than titles follow a portfolio word ("Уиткофф,
    специальный посланник президента США по Ближнему Востоку, заявил"); see also :func:`_titles_before`."""
    actors = sorted(m.start for m in mentions if m.role != "pronoun")

    def title(segment: str, start: int) -> bool:
        words = [(w, re.sub(r"['’]s$", "", w.lower())) for w in segment.split()]  # (as written, folded)
        if not words or not any(_is_title(v, lex) for _, v in words):
            return False
        if lex.title_portfolios:
            return _is_title(words[0][1], lex) and _lower_case_title(words, lex)
        # it opens with a title word, an article or a side's name ("EU High Representative"), or
        # holds a title word in lower case ("Politburo member")
        first = words[0][1]
        side_opens = start in actors and not any(start < a < start + len(segment) for a in actors)
        opens = first in lex.title_words or first in ("a", "an", "the") or side_opens or any(
            v in lex.title_words and w.islower() for w, v in words)
        return opens and all(w[0].isupper() or v in lex.not_entities or v in lex.title_words for w, v in words)

    out = []
    if not lex.title_words and not lex.title_stems:
        return out
    heads = sorted({m.end for m in mentions if m.role != "pronoun"})
    if lex.title_portfolios:
        # a name the lexicon does not know holds a title too ("с Уиткоффом, спецпредставителем президента
        # США"): a segment there opens with a title word
        heads = sorted(set(heads) | {m.end() for m in _NAME_BEFORE_COMMA.finditer(text)})
    for head in heads:
        end = head
        while (m := _SEGMENT.match(text, end)) and title(m.group(1), m.start(1)):
            end = m.end()
        if end > head:
            out.append((head, end))
    return out


#: A capitalised word right before a comma ("Уиткоффом" of "с Уиткоффом, спецпредставителем").
_NAME_BEFORE_COMMA = re.compile(r"(?<![\w-])[A-ZА-ЯЁ][\w-]*(?=,)")


def _lower_case_title(words: Sequence[tuple[str, str]], lex: Lexicon) -> bool:
    """Whether words (as written, folded) may make a title where titles are written in lower case:
    each a title word, capitalised (a name: "президента США"), a portfolio word, or a word after
    one ("по национальной безопасности")."""
    portfolio = False
    for w, v in words:
        portfolio = portfolio or v in lex.title_portfolios
        if not (_is_title(v, lex) or w[0].isupper() or portfolio):
            return False
    return True


#: Initials before a surname ("С.В. " of "С.В. Лавров", "С. " of "С. Уиткоффа").
_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZА-ЯЁ]\.[ \t]?){1,2}(?=[A-ZА-ЯЁ][a-zа-яё])")
#: The most words a title before a name holds ("специального посланника Президента США по Ближнему Востоку").
_TITLE_WORDS_BEFORE = 9


def _titles_before(text: str, mentions: Sequence[Mention], lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of titles written in lower case (lexicon ``title_portfolios``) set before a person: an
    actor's name or initials ("специального посланника Президента США по Ближнему Востоку С.
    Уиткоффа", "договорённости Президентов В.В. Путина"), the span from the title's first title word
    to the name, the initials included, its words as :func:`_lower_case_title` allows, and no mark
    between. The names inside it are the person's rank, as those of :func:`_titles` are.

    A person the lexicon does not know, with no initials, is found by case where the title word is in
    the case of an agent (lexicon ``agent_endings``, the Russian instrumental: "со спецпредставителем
    по Ближнему Востоку Уиткоффом", "с Председателем Совета министров ... Мухаммедом бин Сальманом"):
    the first capitalised word after it in that case, no title word, is the person (its title's
    names stand in the genitive or after "по")."""
    if not lex.title_portfolios:
        return []
    people = [(m.start, m.start) for m in mentions if m.role not in ("pronoun", "people")]
    people += [(m.start(), m.end()) for m in _INITIALS.finditer(text)]
    if lex.agent_endings:
        people += [(x, x) for x in _agent_case_people(text, lex)]
    out = []
    for start, end in sorted(people):
        words = [m for m in re.finditer(r"\S+", text[max(0, start - 200):start])][-_TITLE_WORDS_BEFORE:]
        first = None
        for k in range(len(words) - 1, -1, -1):
            w = words[k].group()
            if not re.fullmatch(r"[^\W\d_][\w-]*", w):  # a mark ends the title ("Востоку," / "С.")
                break
            span = [(x.group(), x.group().lower()) for x in words[k:]]
            # the first title word of the longest span that makes a title ("специального посланника",
            # "Президента США по национальной безопасности": the portfolio word allows the words after it)
            if _is_title(span[0][1], lex) and _lower_case_title(span, lex):
                first = k
        if first is not None:
            out.append((max(0, start - 200) + words[first].start(), end))
    return out


def _agent_case_people(text: str, lex: Lexicon) -> list[int]:
    """Where a person named right after a title in the agent's case starts (:func:`_titles_before`):
    the first capitalised word in that case (lexicon ``agent_endings``) after a title word in it,
    no title word itself, within the words a title holds and no mark between."""
    out = []
    words = list(re.finditer(r"\S+", text))
    for k, w in enumerate(words):
        v = w.group().lower()
        if not (v.endswith(lex.agent_endings) and _is_title(v, lex)):
            continue
        for x in words[k + 1:k + 1 + _TITLE_WORDS_BEFORE]:
            word = x.group()
            core = word.rstrip(".,;:!?)»\"")
            if not re.fullmatch(r"[^\W\d_][\w-]*", core):
                break
            if core[:1].isupper() and core.lower().endswith(lex.agent_endings) and not _is_title(core.lower(), lex):
                out.append(x.start())
                break
            if core != word:  # a mark ends the title
                break
    return out


#: A side the lexicons do not name, or a pronoun, right after an initiative phrase ("the Japanese
#: side", "японской стороны", "его").
_UNNAMED_SIDE = re.compile(r"(?i)\s*(?:(?:the\s+)?(?:[\w-]+\s+){0,2}(?:side|party|стороны|сторон)|(?:his|her|its|their|"
                           r"его|её|ее|их))(?!\w)")


def _initiative(text: str, lex: Lexicon, mentions: list[Mention]) -> Initiative | None:
    """Who initiated the call, where the point says so. A request inside the call ("At Trump's
    request, Xi described the measures") is none: the point must speak of the call or meeting
    (a call phrase, a word about the talk, or a ``meeting_words`` verb: "met", "принял")."""
    found = _initiative_phrase(text, lex, mentions)
    if found is not None and (any(_find(lex.call, text)) or any(_find(lex.tone_context, text))
                              or any(_find(lex.meeting_words, text))) \
            and not any(m.start() < found.start for m in _find(lex.recall_frames + lex.past_markers
                                                                     + lex.reported_past_markers, text)):
        # not a meeting recalled ("Lavrov recalled that the meeting in Riyadh had been held at the
        # initiative of the American side") or set earlier ("the talks previously held at Russia's initiative")
        return found
    return None


@lru_cache(maxsize=256)
@lru_cache(maxsize=256)
def _around(x: str, y: str, boundaries: bool) -> re.Pattern[str]:
    """The pattern of an initiative pair enclosing its initiator ("应" ... "请求", "returned" ... "'s call")."""
    return re.compile(re.escape(x) + (r"(.{1,40}?)" if boundaries else r"(.{1,12}?)") + re.escape(y), re.IGNORECASE)


def _initiative_phrase(text: str, lex: Lexicon, mentions: list[Mention]) -> Initiative | None:
    sides = [m for m in mentions if m.role in ("own", "counterpart", "third")]

    def result(s: int, e: int, m: Mention | None, role: str | None = None) -> Initiative:
        if m is None:
            return Initiative(s, e, text[s:e], None, role or "unknown")
        return Initiative(min(s, m.start), max(e, m.end), text[min(s, m.start):max(e, m.end)], m.side, m.role)

    for m in _find(lex.init_after, text):
        # the initiator right after the phrase, titles and names between at most ("at the request
        # of the US side", "по просьбе Н.Моди"); not "по инициативе создания в Турции газового хаба"
        after = [x for x in sides if x.start >= m.end() and x.start - m.end() <= 25]
        if after and not _NAMES_ONLY.fullmatch(re.sub(r"(?i)^\s*the(?!\w)", "", text[m.end():after[0].start])):
            after = []
        if not after and re.match(r"\s*\w", text[m.end():]) and not _UNNAMED_SIDE.match(text, m.end()):
            continue  # followed by something else than a side, it is no initiative phrase here
        return result(m.start(), m.end(), after[0] if after else None)
    for m in _find(lex.init_before, text):
        if re.match(r"\s+(?:for|to|that)(?!\w)", text[m.end():], re.IGNORECASE):
            continue  # "Zelenskyy's request for more Patriot systems": a request, not the call's
        before = [x for x in sides if x.end <= m.start() and m.start() - x.end <= 25]
        return result(m.start(), m.end(), before[-1] if before else None)
    folded = _folded(text)
    for x, y in lex.init_around:
        # a match holds both words of the pair: the scan's pre-check (:func:`_scan`) skips a pair
        # whose longest word the point lacks, as it does a lexicon term
        for m in _scan(_around(x, y, lex.boundaries), text, folded, _literal(f"{x} {y}")):
            inner = [s for s in sides if m.start(1) <= s.start and s.end <= m.end(1)]
            # with words, what the pair encloses is its initiator and the names and titles before
            # it ("returned President Putin's call"), or one word ("по его инициативе": unnamed),
            # not a clause ("returned to Russia's call for talks")
            words = [(g.start() + m.start(1), g.group()) for g in _GAP_WORD.finditer(m.group(1))]
            if lex.boundaries and (len(words) > 1 or inner) and not (inner and inner[-1].end == m.end(1) and all(
                    w[0].isupper() or w.casefold() == "the" or any(s.start <= i < s.end for s in inner)
                    for i, w in words)):
                continue
            # what "应 ... 要求" encloses is its initiator, a title at most after it ("应美国总统拜登的
            # 邀请", "应拜登总统请求"), not a clause
            # ("美方应切实尊重中方要求": an obligation, then a verb)
            if not lex.boundaries and (not (inner and inner[0].start == m.start(1)
                                            and len(text[inner[-1].end:m.end(1)].strip().removesuffix("的")) <= 3)
                                       or any(n.start() < m.start() < n.end() for n in _find(lex.not_obligations, text))):
                continue  # nor is the "应" of "答应" (agreed to) or "回应" (responded to) an opener
            return result(m.start(), m.end(), inner[0] if inner else None)
    for m in _find(lex.init_counterpart, text):
        return Initiative(m.start(), m.end(), m.group(), None, "counterpart")
    return None


#: Words that open a clause of their own: a gap holding one is no subject before a main verb.
_CLAUSE_WORDS = frozenset({"что", "чтобы", "и", "а", "но", "как", "когда", "если", "где", "хотя", "который",
                           "которая", "которое", "которые", "которого", "которой", "которых", "поскольку", "так"})


def _sentence_span(text: str, pos: int, sentences: Sequence[int]) -> tuple[int, int]:
    """Where the sentence holding ``pos`` starts, and where the next one does (``len(text)`` after
    the last); ``sentences`` are where a second or later sentence starts (:func:`_in_report`)."""
    return max([0] + [x for x in sentences if x <= pos]), min([len(text)] + [x for x in sentences if x > pos])


def _sentence_subject(text: str, start: int, sentences: Sequence[int], subjects: Sequence[Mention],
                      lex: Lexicon, both: bool = False) -> _Who | None:
    """The actor that opens the sentence of the act at ``start`` (titles, first names or a connective
    before it at most), to which a pronoun before the act refers ("Джозеф Байден, со своей стороны,
    сосредоточился на, как он выразился, «угрожающих» перемещениях": Biden's words, not the
    previous speaker's). ``both``: the two sides may be it too ("The two ministers held a discussion
    ..., and agreed"), where no singular pronoun is to refer to it."""
    lo, _ = _sentence_span(text, start, sentences)
    m = next((m for m in subjects if lo <= m.start < start), None)
    if m is None or m.role not in (("own", "counterpart", "both") if both else ("own", "counterpart")) or not lex.name_prefix.fullmatch(text, lo, m.start):
        return None
    return _role_side(m)


def _joined_subject(text: str, start: int, sentences: Sequence[int], subjects: Sequence[Mention],
                    lex: Lexicon) -> _Who | None:
    """The two sides as the subject of the clause before the comma that ends right before the act at
    ``start``: two actors of different sides joined to act together, the last of them right before
    that clause's verb (:func:`_joined_before`): "Xi Jinping and US President Donald Trump talked by
    phone, exchanging views" (both). None where the clause has no such pair."""
    lo, _ = _sentence_span(text, start, sentences)
    comma = text.rfind(",", lo, start)
    clause = [m for m in subjects if lo <= m.start and m.end <= comma]
    if not clause or not _joined_before(text, clause[-1].end, clause, lex):
        return None
    first = next(m for m in clause if m.side != clause[-1].side)
    return "both", "both", (first.start, clause[-1].end)


#: What may open a fronted phrase before a discussion noun: "In an exchange of views on ...", "During the
#: discussion of ...", an adjective or two between at most.
_DISCUSSION_LEAD = re.compile(r"\s*(?i:in|during)\s+(?i:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}")
#: A preposition that may open a gerund's clause ("In exchanging views on the summit, Putin said ...":
#: Putin's, as "Exchanging views ..., Putin said" and the Russian "Обмениваясь мнениями ..., Путин" are).
_GERUND_LEAD = re.compile(r"\s*(?i:in|while|when)\s+")


def _gerund_subject(text: str, start: int, end: int, sentences: Sequence[int], subjects: Sequence[Mention],
                    lex: Lexicon, discussion: bool = False) -> _Who | None:
    """The subject of a gerund that opens its sentence ("in", "while" or "when" before it at most): the
    actor opening the main clause after the gerund's comma ("Обмениваясь мнениями о кризисе, Владимир
    Путин обозначил подходы"), whether or not its verb is an act. ``discussion``: the act is a
    discussion, which a noun phrase after "in" or "during" may open too ("In an exchange of views on
    the crisis, Putin set out ...": Putin's, as the Russian twin's "Обмениваясь мнениями" is)."""
    lo, nxt = _sentence_span(text, start, sentences)
    if not (_gerund(text, start, end, lex) and (lex.name_prefix.fullmatch(text, lo, start)
                                                or _GERUND_LEAD.fullmatch(text, lo, start))
            or discussion and lex.boundaries and _DISCUSSION_LEAD.fullmatch(text, lo, start)):
        return None
    comma = text.find(",", end, nxt)
    while comma >= 0:
        m = next((m for m in subjects if comma < m.start < nxt), None)
        if m is not None and m.role in ("own", "counterpart", "both") \
                and lex.name_prefix.fullmatch(text, comma + 1, m.start):
            return _role_side(m)
        comma = text.find(",", comma + 1, nxt)
    return None


def _subjectless_plural(text: str, start: int, end: int, sentences: Sequence[int], mentions: Sequence[Mention],
                        lex: Lexicon) -> bool:
    """Whether the act at ``start:end`` is a plural verb (lexicon ``plural_act_endings``) that opens
    its sentence, a connective or an adverb or two before it at most, with no actor there
    ("Условились, что ...", "Также обсудили ..."; not "Лидеры стран G7 договорились", nor "принцем,
    которому выразили признательность")."""
    if not _plural_act(text, start, end, lex):
        return False
    lo, _ = _sentence_span(text, start, sentences)
    return len(_GAP_WORD.findall(text, lo, start)) <= 3 and not any(lo <= m.start < start for m in mentions)


def _impersonal_agreement(text: str, start: int, end: int, sentences: Sequence[int], mentions: Sequence[Mention],
                          lex: Lexicon) -> bool:
    """Whether the act at ``start:end`` reports an agreement with no one named (lexicon
    ``impersonal_agreements``): "It was agreed to keep in touch", "Условлено продолжить контакты",
    "商定保持沟通", with no actor before it in its sentence."""
    term = text[start:end]
    aux = lex.impersonal_agreement_aux
    if not (any(p.fullmatch(term) for p in lex.impersonal_agreements)
            or (aux is not None and any(p.fullmatch(term) for p in lex.impersonal_agreement_passives)
                and aux.search(text, _runs_start(text, start, 4), start) is not None)):
        return False
    lo, _ = _sentence_span(text, start, sentences)
    return not any(lo <= m.start < start for m in mentions)


def _impersonal_discussion(text: str, start: int, end: int, lo: int, mentions: Sequence[Mention],
                           lex: Lexicon) -> bool:
    """Whether the act at ``start:end`` (a ``discussed`` term) names no one who discussed, reading
    from ``lo``: a passive ("Ukraine was discussed", "Обсуждались ...", "Вопрос подробно
    обсуждался"), whatever stands before it (what was discussed), or a term that opens its clause,
    no actor between ``lo`` and it and one word before it at most ("Речь шла о ...", "Затронуты
    вопросы ...", "Each spoke about ..."), in Chinese an adverb, a talk noun, a coverb's topic phrase
    or a topic as the subject, with a verb of holding a talk (:func:`_zh_gap_pattern`: "还讨论了……",
    "会谈讨论了……", "就乌克兰问题交换了意见", "台湾问题也进行了讨论"; not "七国集团领导人讨论了……", nor
    "The G7 leaders discussed ..."). A passive whose agent "by" names is none ("was discussed by the
    G7 leaders"). In a readout of a call such a discussion is the two sides', as "The conversation
    covered ..." is."""
    if _passive_term(text, start, end, lex):
        # ... not one whose agent "by" names, an actor of no side of the call ("was discussed by the
        # G7 leaders", as "The G7 leaders discussed"; one of the call's is read before, :func:`_passive_agent`)
        return not _by_agent(text, end, lex)
    opens = max([lo] + [k + 1 for k in range(lo, start) if text[k] in ",，;；:："])
    if lex.boundaries:
        return not any(lo <= m.start < start for m in mentions) and len(_GAP_WORD.findall(text, opens, start)) <= 1
    gap = _zh_impersonal_gap(text, opens, start, lex)
    free = gap.span("free") if gap is not None and gap.group("free") else (start, start)
    return gap is not None and not any(lo <= m.start < start and not free[0] <= m.start < free[1] for m in mentions)


def _impersonal_saying(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` is a passive that names no one: after a passive
    auxiliary ("It was emphasised that", "Было заявлено"), holding one ("attention was drawn to"), or
    a short passive participle by its ending (``passive_endings``: "Подчеркнуто", "Отмечено",
    "Подтверждена заинтересованность", "обращено внимание"), or an act noun its subject received
    ("The crisis received special emphasis": ``passive_receipts``)."""
    words = text[start:end].split()
    return (lex.passive is not None and _passive_before(text, start, lex) is not None) \
        or (lex.passive_receipt is not None and lex.passive_receipt.search(text, max(0, start - 40), start) is not None) \
        or any(w.casefold() in lex.passive_terms for w in words[1:]) \
        or bool(words and lex.passive_endings and words[0].casefold().endswith(lex.passive_endings))


def _passive_term(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` is passive: by itself ("обсуждалась", lexicon
    ``reflexive_passives``; "attention was paid to", "уделено", ``topic_raisings`` ``passive``) or
    after a passive auxiliary ("was discussed", "было уделено")."""
    return " ".join(text[start:end].casefold().split()) in lex.reflexive_passives \
        or any(p.fullmatch(text, start, end) for p in lex.topic_raising_passives) \
        or (lex.passive is not None and _passive_before(text, start, lex) is not None)


def _by_agent(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a passive's agent is named right after its act term ending at ``end`` ("was raised by
    journalists", "by the G7 leaders", "by Putin"; lexicon ``passive_agents``), no means ("by phone",
    ``passive_means``)."""
    by = lex.passive_agent.match(text, end) if lex.passive_agent is not None else None
    return by is not None and re.match(r"\w", text[by.end():by.end() + 1]) is not None \
        and not any(p.match(text, by.end()) for p in lex.passive_means)


def _zh_impersonal_gap(text: str, opens: int, start: int, lex: Lexicon) -> re.Match[str] | None:
    """What stands between where the clause of a Chinese discussion at ``start`` opens (``opens``)
    and it, where it names no one who discussed (:func:`_zh_gap_pattern`): "还就乌克兰问题交换了意见",
    "台湾问题也进行了讨论"; None where it is no such words ("七国集团领导人讨论了……")."""
    lo, hi = opens + len(text[opens:start]) - len(text[opens:start].lstrip()), _space_start(text, start)
    for p in (lex.zh_impersonal_gap, lex.zh_topic_subject):
        if p is not None and (m := p.fullmatch(text, lo, max(lo, hi))) is not None:
            return m
    return None


def _zh_topic_subject(text: str, start: int, lo: int, lex: Lexicon) -> bool:
    """Whether the Chinese discussion at ``start`` has a topic as its subject, a verb of holding a
    talk between ("台湾问题也进行了讨论", lexicon ``topic_heads``), from where its clause opens after
    ``lo``: the issue was discussed, a passive in all but form, whose subject no one before it
    drops (the previous point's speaker does not discuss it alone)."""
    if lex.zh_topic_subject is None:
        return False
    opens = max([lo] + [k + 1 for k in range(lo, start) if text[k] in ",，;；:："])
    return lex.zh_topic_subject.fullmatch(text, opens, _space_start(text, start)) is not None


def _raised_topic(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` brings a topic up (lexicon ``topic_raisings``: "raised",
    "mentioned", "уделено внимание", "谈到") and reports nothing said ("that", "что", "，" right
    after it: "It was mentioned that ...", "习近平谈到，……" are statements): a topic discussed, where no
    one or the two sides are named for it (:func:`_as_discussion`)."""
    return any(p.fullmatch(text, start, end) for p in lex.topic_raisings) \
        and not (lex.topic_raising_content is not None and lex.topic_raising_content.match(text, end))


def _as_discussion(text: str, raw: list[tuple[int, int, str, int, int, bool]],
                   lex: Lexicon) -> list[tuple[int, int, str, int, int, bool]]:
    """``raw`` with each topic brought up in a passive with no agent read as a ``discussed`` act
    ("The energy sector was raised separately", "Attention was paid to ...", "Было уделено внимание
    ...", "Упоминалась также ...", "Был поднят вопрос ..."): in a readout of a call, a topic raised with
    no one named was talked about, as "Затрагивалась ..." is (the two sides' discussion where nothing
    else names anyone: :func:`_impersonal_discussion`); the active "Putin raised ..." stays his
    statement, and so does any with an agent after "by" ("was raised by Putin": his; "by
    journalists": no one's in the call)."""
    if not lex.topic_raisings or lex.discussed_how is None:
        return raw
    out = []
    for r in raw:
        s, e, name = r[:3]
        if name != "discussed" and _raised_topic(text, s, e, lex) and _passive_term(text, s, e, lex) \
                and not _by_agent(text, e, lex):
            r = (s, e, "discussed", *lex.discussed_how)
        out.append(r)
    return out


def _talk_setting(text: str, lo: int, start: int, end: int, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether a phrase of ``talk_settings`` ("в ходе переговоров", "during the talks") stands between
    ``lo`` and the discussion act at ``start:end``, no clause mark after it, and the act names no
    one who discussed from there on (:func:`_impersonal_discussion`): "сообщил, что в ходе
    переговоров обсуждались также ..." reports what the talks covered, the two sides' discussion."""
    for p in lex.talk_settings:
        for m in p.finditer(text, lo, start):
            if not re.search(r"[.;:!?。；：！？]", text[m.end():start]) \
                    and _impersonal_discussion(text, start, end, m.end(), mentions, lex):
                return True
        # ... or right after it ("had not been raised in the conversation", "не затрагивалась в ходе
        # разговора"), where the discussion names no one from ``lo`` on
        if (after := _SPACE_RUN.match(text, end).end()) > end and p.match(text, after) \
                and _impersonal_discussion(text, start, end, lo, mentions, lex):
            return True
    return False


def _talk_topic(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` opens with a noun of the talk itself, more after it
    (lexicon ``talk_topics``): "conversation dealt with", "talks also covered", "通话聚焦"; not "通话"
    alone, nor "called" (a longer word)."""
    term = text[start:end].casefold()
    return any(term.startswith(n) and len(term) > len(n) and not (lex.boundaries and term[len(n)].isalnum())
               for n in lex.talk_nouns + lex.talk_pronouns) \
        or (lex.talk_subject is not None and lex.talk_subject.fullmatch(text, start, end) is not None)


def _talk_pronoun(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` opens with a pronoun that stands for the talk (lexicon
    ``talk_topics`` ``pronouns``: "It covered safe zones"): a talk-topic act only where the pronoun
    opens its sentence, a connective before it at most (in a readout of a call, the "it" a sentence
    opens with a verb of subject matter is the call); elsewhere ("Putin said it covered ...") the
    pronoun may stand for anything, and the term is no act."""
    term = text[start:end].casefold()
    return any(term.startswith(n) and len(term) > len(n) and not (lex.boundaries and term[len(n)].isalnum())
               for n in lex.talk_pronouns)


def _opens_sentence(text: str, start: int, lex: Lexicon) -> bool:
    """Whether ``start`` opens its sentence: nothing but a connective and its comma, or a quotation
    mark, between it and the text's start or the last sentence mark before it."""
    lo = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, start)), default=0)
    head = text[lo:start].strip().strip("\"“”«»'‘’").strip()
    return not head or (lex.connective is not None
                        and lex.connective.fullmatch(head.rstrip(",，").strip()) is not None)


#: A mark that ends a sentence.
_SENTENCE_MARK = re.compile(r"[.!?。！？]")


def _plural_act(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` opens with a plural verb (lexicon ``plural_act_endings``)."""
    words = text[start:end].split()
    return bool(lex.plural_act_endings) and bool(words) and words[0].casefold().endswith(lex.plural_act_endings)


def _gerund(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` is a gerund (lexicon ``gerund_endings``: "отметив",
    "выразив озабоченность", "подчеркивая"). Not a term of ``named_openers``: "According to Ushakov,
    Trump said ..." is Ushakov's word, not a clause whose subject is the main verb's."""
    return bool(lex.gerund_endings) and any(len(w) > 4 and w.endswith(lex.gerund_endings)
                                            for w in text[start:end].casefold().split()) \
        and not any(p.fullmatch(text, start, end) for p in lex.named_openers)


def _saying_participle(text: str, start: int, end: int, name: str, strength: int, commits: bool,
                       lex: Lexicon) -> bool:
    """Whether the act term at ``start:end`` is a gerund of saying (a name of :data:`_SAYING`, no
    commitment) right after a comma, "also" or an adverb in "-ly" between at most ("He warned that a
    long suspension would help no one, pointing out that prices had climbed"): a participle clause
    whose subject is the reporting clause's, so no content of what that clause reports, nor a later
    verb of a list that a modal before the comma governs ("stressed the need for dialogue,
    pointing out that"). In a language with word boundaries."""
    return lex.boundaries and name in _SAYING and strength >= 1 and not commits and _gerund(text, start, end, lex) \
        and _PARTICIPLE_LEAD.search(text, max(0, start - 30), start) is not None


#: A comma, then "also" or one adverb in "-ly" at most, right before a participle (:func:`_saying_participle`).
_PARTICIPLE_LEAD = re.compile(r",\s*(?:(?:also|further|again|[a-z]+ly)\s+)?$")


def _gerund_mains(text: str, raw: Sequence[tuple[int, int, str, int, int, bool]], sentences: Sequence[int],
                  mentions: Sequence[Mention], lex: Lexicon) -> dict[int, tuple[int, int, int]]:
    """The main acts of gerund clauses set before them: the start of each -> the span of the
    gerund's clause (``lo:hi``, from the comma before it, or its own start, to the comma after it).
    and the gerund's own start. A gerund that opens its sentence, or stands after its subject and a comma, with no act before
    it in the sentence ("Путин, отметив, что ситуация сложная, подчеркнул ...", "Обсудив ситуацию,
    министры договорились ..."), is the act of the main verb's subject; the main verb is the first
    later act in the sentence after a comma, with no more than a subject between ("Лавров",
    "министры", "также"; not "что Россия"), and it is not what the gerund reports."""
    out: dict[int, tuple[int, int, int]] = {}
    if not lex.gerund_endings:
        return out
    for k, (gs, ge, *_) in enumerate(raw):
        if not _gerund(text, gs, ge, lex):
            continue
        ss, nxt = _sentence_span(text, gs, sentences)
        head = text[ss:gs]
        if any(ss <= s < gs for s, *_ in raw[:k]):
            # "обсудили ..., подчеркнув, что": a gerund after its main verb, unless it follows its
            # own subject and a comma ("подчеркнул, что Вашингтон, признав ошибку, согласился")
            if not any(re.fullmatch(r"\s*,\s*", text[m.end:gs]) and m.role != "pronoun"
                       and not m.text.casefold().endswith(lex.agent_endings + lex.dative_endings) for m in mentions):
                continue
            lo = ss + len(head.rstrip()) - 1
        elif lex.name_prefix.fullmatch(head):
            lo = gs
        elif head.rstrip().endswith(","):
            lo = ss + len(head.rstrip()) - 1
        else:
            continue
        for s, e, *_ in raw[k + 1:]:
            if s >= nxt:
                break
            comma = text.rfind(",", ge, s)
            if comma < 0 or _gerund(text, s, e, lex):
                continue
            gap = text[comma + 1:s]
            words = _GAP_WORD.findall(gap)
            if len(words) <= 8 and not re.search(r"[.;:!?()«»\"—–]", gap) \
                    and not any(w.casefold() in _CLAUSE_WORDS for w in words):
                out[s] = (lo, comma + 1, gs)
                break
    return out


def point_cues(text: str, *, side: str, language: str | None = None, participants: Sequence[str] = (),
               counterpart_side: str | None = None, previous_speaker: tuple[str, str | None] | None = None,
               extra_names: dict[str, str] | None = None) -> PointCues:
    """Cues of one point of a readout published by ``side``.

    ``previous_speaker`` (role, side) resolves a leading "He"/"Он"/"他"; ``extra_names`` maps more
    names to side codes (e.g. names the other readout uses).

    >>> c = point_cues("The Secretary urged Russia to de-escalate.", side="US", counterpart_side="RU")
    >>> c.speaker, c.acts[0].name, c.acts[0].strength, c.acts[0].text
    ('own', 'urged', 3, 'urged')
    """
    if not isinstance(text, str):
        raise InputError(f"text must be str, not {type(text).__name__}")
    if not isinstance(side, str) or (language is not None and not isinstance(language, str)):
        bad, what = ("side", side) if not isinstance(side, str) else ("language", language)
        raise InputError(f"{bad} must be a string, not {type(what).__name__}")
    lang = detect_language(text, language)
    lex = lexicon(lang)
    side, counterpart_side = cue_sides(side, counterpart_side)  # type: ignore[assignment]
    return _point_cues(text, lang, lex, side=side, counterpart_side=counterpart_side,
                       previous_speaker=previous_speaker,
                       names=_names(participants, side, counterpart_side, lex, extra_names))


def _names(participants: Sequence[str], side: str, counterpart_side: str | None, lex: Lexicon,
           extra_names: dict[str, str] | None) -> dict[str, str]:
    """Every name a point's cues know -> side code: the readout's participants over ``extra_names``
    (for the Chinese cues, in simplified characters, as the points are read: :func:`_han_read`)."""
    names = participant_sides(participants, side, counterpart_side, lex)
    if extra_names and lex.language == "zh":
        extra_names = {_han_read(k, "zh"): v for k, v in extra_names.items()}
    return {**extra_names, **names} if extra_names else names


# Invisible format characters (segmentation._HIDDEN: zero-width space, (non-)joiner, soft hyphen, word
# joiner, bidi marks, BOM), pasted from web pages inside a word ("Bl\u200binken", "Лав\u00adров"), hid
# it from every term: the cues read past them.
#: Spaces other than U+0020 within a line: no-break (Russian typography's "В.В. Путин", "10 000"),
#: Ogham, the en to hair spaces, narrow no-break, medium mathematical, ideographic. Pasted from web
#: pages between two words of a name ("Сергея Лаврова") they hid the name run and the multi-word
#: terms that a plain space joins; the cues read them as a plain space.
_WIDE_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
_WIDE_SPACE = re.compile("[" + _WIDE_SPACES + "]")
#: One line break between two letters, where a hard-wrapped text broke a line inside a sentence:
#: read as a space (a break after a colon or a full stop, or before a list number, stays).
_WRAP = re.compile(r"(?<=[^\W\d_])(?:\r\n|\n|\r)(?=[^\W\d_])")
#: The characters the cues read otherwise than written (a wrap, :data:`_WRAP`, aside).
_REREAD = re.compile("[" + _INVISIBLE + _WIDE_SPACES + "]")


def _rereads(text: str) -> bool:
    """Whether the cues read ``text`` otherwise than as it is written (:func:`_seen`)."""
    # a wrap is looked for only where a line breaks: its look-behind, tried at every character of
    # every point, cost more than the rest of the check
    wrapped = ("\n" in text or "\r" in text) and _WRAP.search(text) is not None
    return _REREAD.search(text) is not None or wrapped or not unicodedata.is_normalized("NFC", text)


def _point_cues(text: str, lang: str, lex: Lexicon, *, side: str, counterpart_side: str | None,
                previous_speaker: tuple[str, str | None] | None, names: dict[str, str],
                narrators: Iterable[str] = (), previous_acted: bool = True) -> PointCues:
    """The cues of ``text``, read as if its invisible characters (:data:`_HIDDEN`) were not there,
    and in Unicode's composed form (NFC): a name with a zero-width space inside is still the name,
    and "американской" written with "й" as "и" and a combining breve (NFD, as some pages and
    macOS file names give it) is still the word the lexicon knows. The cues keep ``text`` and their
    spans and words in it (``cue.text == text[cue.start:cue.end]``, hidden characters and all).
    A Chinese text is read with its traditional characters folded to simplified ones, one for one
    (:func:`readouts.language.fold_traditional`), as the Chinese lexicon is written: "習近平強調" is
    "习近平强调"; the cues' spans and words are those of the text as written all the same."""
    if not _rereads(text):
        seen = _han_read(text, lex.language)
        c = _read_cues(seen, lang, lex, side=side, counterpart_side=counterpart_side,
                       previous_speaker=previous_speaker, names=names, narrators=narrators,
                       previous_acted=previous_acted)
        return c if seen == text else _restored(c, text, seen, range(len(text)), range(1, len(text) + 1))
    seen, starts, ends = _seen(text)
    seen = _han_read(seen, lex.language)
    c = _read_cues(seen, lang, lex, side=side, counterpart_side=counterpart_side,
                   previous_speaker=previous_speaker, names=names, narrators=narrators, previous_acted=previous_acted)
    return _restored(c, text, seen, starts, ends)


def _han_read(text: str, language: str) -> str:
    """``text`` as the cues of ``language`` read it: a Chinese text with its traditional characters
    folded to simplified ones, one for one (:func:`readouts.language.fold_traditional`), any other as
    it is. The lexicon, the name runs and every pattern after them see the folded text; spans found
    in it are spans of ``text``."""
    return fold_traditional(text) if language == "zh" else text


def _seen(text: str) -> tuple[str, list[int], list[int]]:
    """``text`` as the cues read it: without its hidden characters, a space of another width
    (no-break, narrow, thin, ideographic: :data:`_WIDE_SPACES`) and a line break between two letters
    (:data:`_WRAP`) as a plain one, each character with
    the combining marks after it composed (NFC) where Unicode has a composed form. ``seen[k]``
    stands for ``text[starts[k]:ends[k]]`` (a character and its marks, all of them where one composes)."""
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i, n = 0, len(text)
    while i < n:
        if _HIDDEN.match(text, i):
            i += 1
            continue
        wrap = _WRAP.match(text, i)
        if wrap is not None or _WIDE_SPACE.match(text, i):
            # the lexicons and name runs join words by a plain space; a line break between two letters
            # is where a hard-wrapped text ("Sergey\nLavrov", "New\nYork") broke a line, one space
            end = wrap.end() if wrap is not None else i + 1
            for k in range(i, end):
                out.append(" ")
                starts.append(k)
                ends.append(k + 1)
            i = end
            continue
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            out.append(ch)
            starts.append(i)
            ends.append(j)
        i = j
    return "".join(out), starts, ends


def _restored(c: PointCues, text: str, seen: str, starts: Sequence[int], ends: Sequence[int]) -> PointCues:
    """Cues read from ``seen`` (:func:`_seen`: ``seen[k]`` stands for ``text[starts[k]:ends[k]]``)
    with their spans and words put back in ``text``."""
    def span(s: int, e: int) -> tuple[int, int]:
        start = starts[s] if s < len(starts) else len(text)
        return (start, max(start, ends[e - 1])) if e > s else (start, start)

    def cue(x: Any) -> Any:
        if not isinstance(x, Cue):
            return x
        s, e = span(x.start, x.end)
        changes: dict[str, Any] = {"start": s, "end": e}
        if x.text == seen[x.start:x.end]:
            changes["text"] = text[s:e]
        if isinstance(x, Act) and x.speaker_span is not None:
            changes["speaker_span"] = span(*x.speaker_span)
        return replace(x, **changes)

    changes: dict[str, Any] = {"text": text}
    for f in fields(c):
        value = getattr(c, f.name)
        if isinstance(value, Cue):
            changes[f.name] = cue(value)
        elif isinstance(value, tuple) and value and all(isinstance(x, Cue) for x in value):
            changes[f.name] = tuple(cue(x) for x in value)
    if c.speaker_span is not None:
        changes["speaker_span"] = span(*c.speaker_span)
    return replace(c, **changes)


#: A fronted Chinese oblique phrase and its comma: "对于……，", "关于……，", "对美方……的做法，".
_ZH_FRONTED = re.compile(r"(?:对于|关于|对)[^，,。；;：:！!？?]{1,60}[，,]")


def _zh_fronted(text: str, mentions: Sequence[Mention], first: int) -> int:
    """Where a fronted oblique phrase that opens ``text`` ends, after its comma, where the first act
    (at ``first``) comes after it; else 0. A bare "对" opens one only with an actor right after it
    ("对美方……的做法，"; not "对话", "对华")."""
    m = _ZH_FRONTED.match(text)
    if m is None or m.end() > first or (not text.startswith(("对于", "关于"))
                                        and not any(x.start == 1 for x in mentions)):
        return 0
    return m.end()


#: The two peoples as an act's subject, its modal, negation and adverbs before the act: "两国人民决不会".
_ZH_BOTH_PEOPLES = re.compile(r"((?:中美)?两国(?:人民|民众))(?:都|也|还|必将|必然|一定|决不会|绝不会|决不|绝不|不会|不|会|将|能)*")


#: What ends a sentence: a view held after a verb of saying in another sentence is no part of what it says.
_SENTENCE_END = re.compile(r"[.!?;。！？；]")
#: What ends a sentence or a clause of its own between a side pronoun and the side it refers to.
_PRONOUN_STOP = re.compile(r"[.;:!?()]")
#: What stands right before a subject that opens its clause ("that the US", ", Beijing", "The US side"
#: at the start): the side a pronoun refers to is such a subject, not the object of "aimed at China".
_OPENS_SUBJECT = re.compile(r"(?:^|[,;:]|(?<![\w'’-])(?i:that|and|but|while|whereas))\s*(?:(?i:the)\s+)?$")


def _it_side(m: Mention, lex: Lexicon) -> bool:
    """Whether the actor ``m`` is a side that "it" may refer to: own or counterpart, named by its
    country or capital (``capitals``: "China", "Washington") or with "the" ("the US side", "the
    Kremlin"); not a person ("Wang", "the Secretary of State": a word of ``title_words``)."""
    if m.role not in ("own", "counterpart") or any(w.casefold() in lex.title_words for w in m.text.split()):
        return False
    bare = re.sub(r"^(?i:the)\s+", "", m.text)
    return bare != m.text or any(p.fullmatch(bare) for _, capital, country in lex.capitals
                                 for p in (*capital, *country))


def _side_pronouns(text: str, lex: Lexicon, mentions: list[Mention],
                   read: dict[str, Any] | None = None) -> list[Mention]:
    """``mentions`` with each pronoun of ``side_pronouns`` ("it") that is the subject of an act (the
    act right after it, words of its ``between`` at most: "it does not support", "it would firmly
    oppose") read as the side it refers to: the last side named before it in its sentence as the
    subject that opens a clause, named as no person (:func:`_it_side`): "Biden restated that the US
    is not seeking ..., that it does not support 'Taiwan independence'" is the US's refusal, as
    "美国……，不支持“台独”" is; "The US side said that it would not support ...". Not a pronoun with no such side before it
    in its sentence ("It was agreed"; "The US should ... state that it opposes ...", whose US is told
    what to say, no speaker: :func:`_subjects`), nor one a copula or a passive follows ("it is
    important to", "it was agreed").

    ``read``, where given, gets the acts (``"raw"``: :func:`_acts_raw`) and the subjects
    (``"subjects"``: :func:`_subjects`) read of ``mentions``: the caller's own, where no pronoun is
    added (:func:`_read_cues`, which read them a second time)."""
    if lex.side_pronoun is None or not mentions or lex.side_pronoun.search(text) is None:
        return mentions
    raw = _acts_raw(text, lex, mentions)
    acts = [f[0] for f in raw]
    subjects = _subjects(text, mentions, lex)  # not an actor told what to do: "The US should ... state that it opposes"
    if read is not None:
        read.update(raw=raw, subjects=subjects)
    added = []
    for p in lex.side_pronoun.finditer(text):
        if not any(p.end() < a and lex.side_pronoun_gap.fullmatch(text, p.end(), a) for a in acts):
            continue
        before = [m for m in subjects if m.end <= p.start() and not _PRONOUN_STOP.search(text, m.end, p.start())
                  and _OPENS_SUBJECT.search(text, max(0, m.start - 40), m.start)]
        if not before or not _it_side(before[-1], lex):
            continue
        ref = before[-1]
        added.append(Mention(p.start(), p.end(), p.group(), ref.side, ref.role))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


def _read_cues(text: str, lang: str, lex: Lexicon, *, side: str, counterpart_side: str | None,
               previous_speaker: tuple[str, str | None] | None, names: dict[str, str],
               narrators: Iterable[str] = (), previous_acted: bool = True) -> PointCues:
    # The lexicon and the names come resolved: a readout in a language without a lexicon warns
    # once, not per point, and its participants are read once. ``narrators``: the names its readout
    # has shown to be narrators' (:func:`_narrate`). ``previous_acted``: whether the previous speaker
    # was read from an act of theirs, not only named (a call frame: "Putin held a call with ...").
    mentions = _narrate(text, lex, _mentions(text, lex, names, side, counterpart_side), names, side, narrators)
    read: dict[str, Any] = {}  # the acts and subjects _side_pronouns reads, still ours where it adds no pronoun
    said = _side_pronouns(text, lex, mentions, read)
    if said is not mentions:
        read.clear()
    mentions = said
    initiative = _initiative(text, lex, mentions)
    subjects = read["subjects"] if "subjects" in read else _subjects(text, mentions, lex)
    # the actors told what to do ("Beijing should not accept"), whom _subjects leaves out: the act
    # after one in a report is still that actor's, owed (:func:`_reported_content`)
    # (where words are spaced: a Chinese obligation's noun-like act terms, "应将有关承诺转化为", are
    # read apart, by the subject-drop rules of :func:`_reported_content`)
    owed = [m for m in mentions if m not in subjects and _told(text, m, lex)] \
        if lex.boundaries and len(subjects) < len(mentions) else []
    nobody: _Who = ("unspecified", None, None)
    before: _Who = (previous_speaker[0], previous_speaker[1], None) if previous_speaker else nobody
    acts: list[Act] = []
    # ", and" after an actor's appositive, joining it to an actor of another side, opens no clause:
    # "Chinese SR Wang Yi, Politburo member and Director of ..., and Indian SR Doval held talks"
    clause_starts = [0] + [m.end() for m in _CLAUSE.finditer(text) if not _apposed_pair(text, m.start(), mentions, lex)]
    prev_end = 0
    current = nobody
    # A point that opens with a pronoun ("He also spoke of ... and conveyed ...") is the previous
    # speaker's, even where the pronoun stands too far from the first act to bind to it.
    lead: Cue | None = next((m for m in mentions if m.role == "pronoun" and not text[:m.start].strip()), None)
    # ... also after a connective and its comma ("Вместо этого, по его словам, ...")
    view = next((m for m in _find(lex.attribution_openers, text)
                 if not text[:m.start()].strip() or lex.name_prefix.fullmatch(text, 0, m.start())), None)
    if lead is None and view is not None:
        lead = Cue(view.start(), view.end(), view.group())  # "In his view, ...": his, as "He ..." would be
    opener: _Who = (before[0], before[1], (lead.start, lead.end)) \
        if lead and before != nobody and before[0] != "both" else nobody  # "he" is never both sides
    # A point that opens with an actor told what to do ("美方必须恪守……，支持……", "The US should ...")
    # is a demand on that actor made by the previous speaker, if another side: its acts with no
    # speaker of their own are that speaker's, as a point with no act is.
    told = next((m for m in mentions if m.role in ("own", "counterpart", "both")), None)
    if opener == nobody and before[0] not in ("unspecified", "both") and told is not None and told.side != before[1] \
            and told not in subjects and lex.name_prefix.fullmatch(text, 0, told.start) and _told(text, told, lex):
        opener = before
    clauses = _Clauses(text, mentions)  # read once, for the acts (:func:`_acts_raw`) and their hopes
    raw = read["raw"] if "raw" in read else _acts_raw(text, lex, mentions, clauses)
    if raw and lex.attribution_openers:
        # an opener that is an act term ("По его словам, ...": he said) is the previous speaker's
        # statement where it opens the point; inside a clause ("работу, которая, по его словам, идёт
        # неплохо") it only credits that clause's words, no act of its own
        inner = [(m.start(), m.end()) for m in _find(lex.attribution_openers, text) if view is None or m.start() != view.start()]
        raw = [r for r in raw if not any(s0 <= r[0] < e0 for s0, e0 in inner)] if inner else raw
    # "what the two sides agreed", "nothing Putin said": a thing agreed or said, no act of the call
    # "a venue still to be decided": an act yet to be done names a thing, no act of the call either;
    # nor does "不支持“台独”" in "不支持“台独”的承诺", the commitment it qualifies
    named = [Cue(s, e, text[s:e]) for s, e, *_ in raw if _free_relative(text, s, e, lex, mentions)
             or (lex.passive_infinitive is not None and lex.passive_infinitive.search(text, max(0, s - 40), s))
             or _qualifies_head(text, s, e, lex, mentions)]
    # "rather than demand uniformity", "而不是强求一律": an act set aside for another is none
    if lex.alternatives:
        named += [Cue(s, e, text[s:e]) for s, e, *_ in raw if _after_alternative(text, s, lex)]
    raw = [r for r in raw if not any(r[0] == x.start for x in named)]
    # the verb of a meeting frame is no act ("Путин принял Эрдогана": received him, accepted nothing)
    if (lex.meeting_frames or lex.greeting_frames) and raw:
        framing = _meeting_verbs(text, lex, mentions)
        named += [Cue(s, e, text[s:e]) for s, e, *_ in raw if _overlaps(framing, s, e)]  # words about the talk
        raw = [r for r in raw if not _overlaps(framing, r[0], r[1])]
    # ... so does one that fronts an oblique phrase before its comma ("对于美方在台湾问题上的错误言行，
    # 坚决反对"): an actor inside it is the phrase's, no subject of the act
    fronted = _zh_fronted(text, mentions, raw[0][0]) if lex.subject_drop and raw else 0
    if opener == nobody and lex.subject_drop and before != nobody and raw \
            and not any(fronted <= m.start < raw[0][0] for m in mentions) \
            and not text[raw[0][1]:].lstrip().casefold().startswith(lex.passive_terms or ("\0",)):
        # "要真正维护台海和平，就必须明确反对……": a point that drops its subject (no actor before its
        # first act) goes on with the previous point's speaker, as one that opens with "他" does;
        # "双方同意……。还同意……" goes on with both sides, where a singular pronoun would not; not a
        # passive's subject ("此次通话被评价为……": the call was assessed, by no one named)
        opener = before
    if opener == nobody and lex.boundaries and previous_acted and before[0] in ("own", "both") and raw \
            and raw[0][3] >= 1 \
            and not raw[0][5] and not any(m.start < raw[0][0] for m in mentions) \
            and _impersonal_saying(text, raw[0][0], raw[0][1], lex) and not _press_addressed(text, raw[0][0], lex) \
            and not (before[0] != "own" and any(p.fullmatch(text, raw[0][0], raw[0][1]) for p in lex.described_passives)) \
            and not (before[0] == "both" and any(m.role in ("own", "counterpart") and _CLAUSE_SUBJECT.search(
                text, max(0, m.start - 12), m.start) for m in mentions)):
        # "Подчеркнута важность ...", "Отмечено, что ...", "It was emphasised that ...": a point that opens
        # with a statement in the passive, no one named, goes on with the previous point's speaker, as a
        # Chinese point that drops its subject does (above): after "The sides discussed ..." the two sides
        # stressed it ("They stressed the importance ...", its English twin), after "Putin informed
        # Erdoğan ..." Putin did; not after a point that only named the speaker (a call frame). A readout so tells its own side's words or both sides', not the other
        # side's, whom it names; and not both sides' where what is stressed is one side's doing ("It was
        # stressed that Russia has always met its obligations"). Not the press told ("The media will be
        # told ..."), no act of the call.
        opener = before
        carried_passive = raw[0][0]
    else:
        carried_passive = None
    if lex.described_passives and raw:
        # "Overall, the conversation was described as frank": a description in the passive is a statement
        # only where it goes on with the readout's own speaker (above); not both sides' (the Chinese
        # "此次通话被评价为……", the call was assessed, names no one, and its twin "The call was described
        # as ..." after the two sides' talk is no one's either), nor one credited to no one, which reads
        # as before, no act ("A stable India-China relationship ... was described as necessary")
        raw = [r for r in raw if r[0] == carried_passive
               or not any(p.fullmatch(text, r[0], r[1]) for p in lex.described_passives)
               or not _impersonal_saying(text, r[0], r[1], lex)]
    # "The energy sector was raised separately", "Было уделено внимание ...": a topic brought up with
    # no one named, a discussion (the two sides': below)
    raw = _as_discussion(text, raw, lex)
    sentences = [s for s, _ in split_spans(text)[1:]]  # where a second or later sentence starts
    reports = [s for s, e, name, strength, pol, com in raw if _new_report(text, s, strength, com)]
    # "The US has committed to X, he said.": a trailing reporting clause (its act's start -> where its
    # sentence starts, and its comma); what lies between them is what it reports
    by_start = _Starts(mentions)  # every actor by where it starts, read once for the frames and the acts
    framing_spans = (_Spans.of_mentions(mentions), by_start)
    # ("Кроме того, Лавров заявил, ...": a connective that opens the sentence is nothing reported, and
    # the reporting clause after it opens its sentence, no frame nor parenthetical)
    frames = {s: (lo, comma) for s, e, name, strength, pol, com in raw
              if (comma := _trailing_frame(text, s, e, strength, com, mentions, lex, framing_spans)) is not None
              and not (lex.connective is not None
                       and lex.connective.fullmatch(text, lo := _sentence_span(text, comma, sentences)[0], comma))
              and (lo := _sentence_span(text, comma, sentences)[0]) is not None}
    held: dict[int, tuple[_Who, int]] = {}  # a frame -> the speaker so far and the acts before what it reports
    # "Trump, Ushakov said, agreed to meet": a reporting clause set off by commas inside the clause it
    # reports (its act's start -> its span); the verb after it is the subject's before it, reported
    resumed_at: set[int] = set()  # the acts read after one
    parens = {s: span for s, e, name, strength, pol, com in raw
              if (s in frames or (name in _SAYING and strength >= 1 and not com))
              and (span := _parenthetical(text, s, e, s in frames, mentions, lex)) is not None}
    # "Путин, отметив, что ..., подчеркнул": a main act after a gerund's clause -> that clause and the
    # gerund; a gerund's start -> its index among the acts, its region and who it could refer to
    mains = _gerund_mains(text, raw, sentences, subjects, lex)
    gerund_starts = {g for *_, g in mains.values()}
    gerunds: dict[int, tuple[int, int, _Who, _Who, bool]] = {}
    hopers: dict[int, _Who] = {}  # a hoped act's index -> who holds the hope (:func:`_hope_of`)
    starts = (_Starts(subjects), by_start)  # who may act, and every actor, by where they start
    for s, e, name, strength, pol, com in raw:
        if initiative is not None and _overlaps([(initiative.start, initiative.end)], s, e):
            continue  # "at Biden's request" says who called, not what anyone said
        framed = next((f for f, (lo, comma) in frames.items() if lo <= s < comma), None)
        if framed is not None:
            held.setdefault(framed, (current, len(acts)))
        region = max([c for c in clause_starts if c <= s] + [prev_end])
        if acts and region == prev_end and _frame_end(text[prev_end:s], lex):
            # "王毅同布林肯通电话时指出": the act after a temporal clause is the clause subject's,
            # not the shared act's inside it.
            region = max(c for c in clause_starts if c <= s)
        main = mains.get(s)
        # the act right after a parenthetical reporting clause goes on with the clause it interrupts
        resumed = parens.get(acts[-1].start) if acts else None
        if resumed is not None and not (resumed[1] <= s and _gap_ok(text[resumed[1]:s], lex, 2)
                                        and not _COORDINATOR.search(text, resumed[1], s)
                                        and not re.search(r"[.;:!?,]", text[resumed[1]:s])):
            resumed = None
        # "Выразили надежду, что договорились": an act right after a hope's "что" is what is hoped
        # for, no content to drop (modal, below)
        hope = _hope_of(text, s, lex, mentions, clauses)
        # "Wang said the US must ...", "王毅表示，美方必须……": a "must" laid on the counterpart is the
        # reporting speaker's own demand, not a thing reported (:func:`_impersonal`)
        # (read once: the skip below asks the same of the same term)
        impersonal = _impersonal(text, s, e, lex, mentions)
        demand = any(p.fullmatch(text, s, e) for p in lex.obligations) and not impersonal
        # "said that the proposal was welcomed by Blinken": a passive whose "by" names an actor of the
        # call is that actor's act, reported (below), no content without an actor to drop
        agent = _passive_agent(text, s, e, lex, mentions)
        # "He warned that ..., pointing out that ...": a saying participle after a comma goes on
        # with the reporting clause's subject, no content of the report
        trailing = s not in gerund_starts and _saying_participle(text, s, e, name, strength, com, lex)
        if acts and s not in frames and main is None and s not in gerund_starts and resumed is None \
                and not (hope is not None and hope[1]) and agent is None and not trailing \
                and not (name == "discussed" and (_talk_topic(text, s, e, lex)
                                                  or _talk_setting(text, prev_end, s, e, mentions, lex))) \
                and _reports(acts[-1]) and not demand and _reported_content(text, prev_end, s, region, subjects, lex, sentences,
                                                             starts[0], acts[-1], owed):
            continue
        if acts and region == prev_end and main is None and _requested(text, acts[-1], s, mentions, lex):
            continue  # "urged Russia to agree", "要求美方承认": asked of the addressee, not done
        if _caused(text, s, mentions, lex, framing_spans[0]):
            continue  # "get Biden to agree", "persuade Blinken to accept": an aim, not an agreement
        if impersonal:
            continue  # "要维护和平，就必须……": a "must" laid on no actor is no demand
        if _concessive_participle(text, s, e, lex):
            # "a very substantial, though not yet agreed, quantity": a participle that qualifies a
            # noun, no act of anyone (a refusal read before); still words about the talk
            named.append(Cue(s, e, text[s:e]))
            continue
        if _oblique_relative(text, s, e, lex):
            # "a G7 summit to which the leaders of Russia ... might be invited": what may be done at
            # the summit, no act of the point's speaker (read as Trump's proposal before)
            named.append(Cue(s, e, text[s:e]))
            continue
        if (lex.evaluative_passive and text[:s].endswith(lex.evaluative_passive)) or \
                (lex.evaluative_agent is not None and lex.evaluative_agent.search(text, max(0, s - 20), s)):
            # "在两国国内和国际上都广受欢迎" (widely welcomed): how something was received, an
            # evaluation with no agent, no welcome by the point's speaker; still words about the talk.
            # So with an agent of no side of the call ("受到各方欢迎", "备受国际社会的欢迎"), and the
            # second of two act terms so joined ("支持" of "受到各方的欢迎和支持")
            named.append(Cue(s, e, text[s:e]))
            continue
        if agent is None and _press_addressed(text, s, lex):
            # "The media will be told the timing", "reporters were told": the press is informed,
            # from outside the call, of what the call brought; no act of anyone in it
            named.append(Cue(s, e, text[s:e]))
            continue
        if agent is None and _third_party_agent(text, s, e, lex, mentions):
            # "welcomed by the international community", "backed by 1.4 billion people": how
            # something was received by others, no act of anyone in the call (as "受到各方欢迎");
            # still words about the talk
            named.append(Cue(s, e, text[s:e]))
            continue
        if _reduced_relative(text, s, e, lex, mentions) or name in lex.noun_relative_acts \
                and _noun_relative(text, s, lex, mentions):
            # "on the terms agreed by Ukraine and the UN": a participle after its noun, with its agent,
            # names an agreement made before, no act of the call; "the issues they had discussed"
            # names the topic by the talk about it; still words about the talk
            named.append(Cue(s, e, text[s:e]))
            continue
        # the gerund whose clause this main act follows, where that gerund was read as an act
        gerund = gerunds.get(main[2]) if main is not None else None
        # "台湾问题也进行了讨论": a topic as the subject of a discussion is a passive in all but form
        passive = agent is None and (_passive(text, s, e, lex, mentions) or (
            name == "discussed" and lex.zh_topic_subject is not None
            and _zh_topic_subject(text, s, _sentence_span(text, s, sentences)[0], lex)))
        if agent is not None:
            # "The proposal was welcomed by Xi", "Lavrov was told by Blinken that ...": the agent's act
            spk = _role_side(agent)
        elif passive:
            spk = nobody  # "Lavrov was told that ...": the actor is the addressee, the teller unnamed
        elif s in frames:
            # "..., he said.": the subject opens its own clause, and "he" is whoever spoke before
            # what the frame reports, not an actor inside it
            so_far, n = held.get(s, (current, len(acts)))
            spk = _speaker_of(text, s, frames[s][1] + 1, subjects, lex, so_far if n and so_far != nobody else before,
                              so_far if n else opener, everyone=mentions, name=name, starts=starts)
        elif resumed is not None:
            # read as if the reporting clause were not there: "Trump ... agreed", Trump's act; and
            # "... and stressed" after it goes on with Trump, not with the reporter
            resumed_at.add(s)
            lo, hi = resumed
            blank = text[:lo] + " " * (hi - lo) + text[hi:]
            # with the clause blanked, an actor right before an obligation is told what to do, no
            # speaker, as with no clause between ("The two sides, he said, should support one
            # another" is the reporter's word, as "He said the two sides should ..." is: :func:`_subjects`)
            told = _obligation_starts(blank, lex)
            denied = [o.start() for o in _find(lex.negated_abilities, blank)]
            spk = _speaker_of(blank, s, max(c for c in clause_starts if c <= lo),
                              [m for m in subjects if not lo <= m.start < hi
                               and not (m.end <= lo and _told_at(blank, m, told if m.role == "own" else told + denied,
                                                                 lex))],
                              lex, current if acts else opener,
                              current if acts and current != nobody else before,
                              everyone=[m for m in mentions if not lo <= m.start < hi], name=name)
        elif main is not None and gerund is not None:
            # the main verb after a gerund's clause is read as if the clause were not there: its
            # subject stands before the clause ("Путин, отметив ..., подчеркнул") or after it
            lo, hi, _ = main
            _, g_region, g_pronoun, g_inherited, _ = gerund
            spk = _speaker_of(text[:lo] + " " * (hi - lo) + text[hi:], s, g_region,
                              [m for m in subjects if not lo <= m.start < hi], lex, g_pronoun, g_inherited,
                              everyone=[m for m in mentions if not lo <= m.start < hi], name=name)
        else:
            # Later acts of a point inherit the earlier act's speaker ("Lavrov warned ... and said ...");
            # a pronoun refers to the point's speaker so far, else to the previous point's.
            if s in reports and acts and acts[-1].content and acts[-1].start not in resumed_at:
                # "Lavrov said that Blinken agreed, and stressed ...": a new reporting verb after what an
                # act reports goes on from that act's speaker, not from the actor reported on
                frame = next((a for a in reversed(acts) if not a.content), None)
                if frame is not None:
                    current = (frame.speaker, frame.speaker_side, frame.speaker_span)
            elif s in reports and acts and (hoper := hopers.get(len(acts) - 1)) is not None \
                    and re.search(r"[,，]", text[acts[-1].end:s]) \
                    and not (hoper[0] != "both" and _plural_act(text, s, e, lex)):
                # "Лавров надеется, что стороны договорились, и подчеркнул ...", "王毅希望美方……，并强调":
                # past the hoped clause and its comma, a new reporting verb goes on from whoever hopes
                # (not a plural verb after one actor: "..., и подтвердили" is still the sides')
                current = hoper
            elif acts and acts[-1].past and re.search(r"[,;]", text[acts[-1].end:s]) \
                    and (t := _thanks_before(text, acts[-1].start, lex)) is not None \
                    and _thanks_before(text, s, lex) is None \
                    and (thanker := next((a for a in reversed(acts) if a.start <= t.start() and not a.past), None)):
                # "Biden thanked Putin for the support he had offered, and stressed ...": past what the
                # thanked side is thanked for and its comma, a verb goes on with whoever thanks
                current = (thanker.speaker, thanker.speaker_side, thanker.speaker_span)
            spk = _speaker_of(text, s, region, subjects, lex, current if acts and current != nobody
                              else _sentence_subject(text, s, sentences, subjects, lex) or before,
                              current if acts else opener, clause=not acts or region != prev_end,
                              everyone=mentions, name=name, starts=starts)
            if not acts and spk[0] == "unspecified" and region > 0 and _CLAUSE_AND.search(text, 0, region) \
                    and (subject := _sentence_subject(text, s, sentences, subjects, lex, both=True)) is not None:
                # "Lavrov spoke by phone with Blinken, and urged ...", "Putin called TurkStream ..., and
                # said": the first act, in a clause after ", and" with no subject of its own, is the
                # subject's that opens the sentence, as it is with no comma
                spk = subject
            if not acts and spk[0] == "unspecified" and lex.boundaries and _gerund(text, s, e, lex) \
                    and _PARTICIPLE_LEAD.search(text, max(0, s - 30), s) is not None \
                    and (pair := _joined_subject(text, s, sentences, subjects, lex)) is not None:
                # "On the evening of 19 September Xi and Trump talked by phone, exchanging views ...": a
                # participle after the comma has the main clause's subject, the two sides joined there,
                # even where a fronted date keeps them from opening the clause
                spk = pair
            if not lex.boundaries and acts and lex.subject_act is not None and lex.subject_act.fullmatch(text, s, e) \
                    and _ZH_CLAUSE_OPEN.search(text, max(0, s - 2), s) \
                    and (frame := next((a for a in reversed(acts) if not a.content and not a.past), None)) is not None:
                # "他指出，拜登总统多次表示……，希望美方……": a hope that drops its subject is the
                # reporter's, whose report it follows, not the actor reported on or recalled
                spk = (frame.speaker, frame.speaker_side, frame.speaker_span)
            if not lex.boundaries and spk == nobody \
                    and (pp := next((x for x in _ZH_BOTH_PEOPLES.finditer(text, 0, s) if x.end() == s), None)) \
                    and _ZH_CLAUSE_OPEN.search(text, max(0, pp.start() - 2), pp.start()):
                # "两国人民决不会答应": the two peoples (no actor, lexicon ``not_actors``) are a third party
                # of both sides, as "the two peoples will never accept" is in English; no act of no one
                spk = ("unspecified", "both", (pp.start(), pp.start() + len(pp.group(1))))
        content = not demand and (framed is not None or resumed is not None) or not demand and (bool(acts) and s not in frames and main is None and (
            (_reports(acts[-1]) and _in_report(text, prev_end, s, sentences) and not trailing) or _bare_report(text, acts[-1], s, subjects, lex, starts[0], by_start)
            or _bare_passive(text, acts[-1], s, lex) or _after_fronted_clause(text, acts, s, lex))) \
            or (gerund is not None and gerund[4]) or (  # as the gerund is
                # "拜登表示，……，不支持“台独”，不支持“两个中国”": a Chinese clause that drops its subject
                # right after reported content goes on with it, the report's content too
                not lex.boundaries and bool(acts) and acts[-1].content and spk == current
                and _DROPPED_SUBJECT.search(text, prev_end, s) is not None
                and not any(prev_end <= m.start < s for m in mentions))
        if acts and not content and com and s not in frames and main is None and _reports(acts[-1]) \
                and (shared := _shared_auxiliary(text, prev_end, s, subjects, lex, starts)) is not None:
            # "He said that Xi and Biden had held talks ... and reached a consensus": an agreement joined
            # by "and" to what the two sides had done, in what is reported, is theirs and content too
            spk, content = shared, True
        # a narrator's act has no speaker of the call, and no other speaker either
        narrated = spk[0] == "unspecified" and spk[1] is None and spk[2] is not None
        if spk[0] == "unspecified" and not narrated and not content and not passive \
                and _subjectless_plural(text, s, e, sentences, mentions, lex):
            # "Условились, что ...", "Обсудили также ...": a plural verb with no subject in a readout
            # of a call is the two sides', as "они" would be
            spk = ("both", "both", None)
        if spk[0] == "unspecified" and not narrated and not content and not passive \
                and _impersonal_agreement(text, s, e, sentences, mentions, lex):
            # "It was agreed to ...", "Условлено ...", "商定……": an agreement no one is named for is the
            # two sides' (it was no claim, and so no unconfirmed_claim, where "Договорились" was one)
            spk = ("both", "both", None)
        if spk[0] == "both" and name != "discussed" and lex.discussed_how is not None and not content \
                and _raised_topic(text, s, e, lex):
            # "Уделили внимание ...", "The two sides paid special attention to ...", "双方还谈到了……": a
            # topic the two sides brought up is one they discussed, as with no one named
            # (:func:`_as_discussion`), not a statement of theirs
            name = "discussed"
            strength, pol, com = lex.discussed_how
        if _talk_topic(text, s, e, lex):
            # "Their conversation dealt with ...", "The talks also covered ...": what the two talked
            # about, as "They discussed ..." is, whoever is named before the talk; right after a report
            # ("Putin said the talks had covered ..."), what it reports, as "said the sides had discussed"
            spk = ("both", "both", None)
            content = content or (bool(acts) and _reports(acts[-1]) and acts[-1].strength >= 1
                                  and not acts[-1].commits and _THING_SUBJECT.fullmatch(text, prev_end, s) is not None)
        if spk[0] == "unspecified" and not narrated and not content \
                and (after := _gerund_subject(text, s, e, sentences, subjects, lex, name == "discussed")):
            spk = after  # "Обмениваясь мнениями о кризисе, Владимир Путин обозначил ...": Putin's, no main act read
        if hope is not None and hope[1] and spk[0] != "both" and _plural_act(text, s, e, lex):
            # "Лавров выразил надежду, что договорились": a plural verb with no subject after a hope
            # is the two sides', as one opening its sentence is (:func:`_subjectless_plural`)
            spk = ("both", "both", None)
        if hope is not None and spk[0] != "unspecified":
            # who holds the hope: the actor right before it ("Лавров надеется"), else whoever spoke so far
            h_region = max(c for c in clause_starts if c <= hope[0])
            hopers[len(acts)] = _speaker_of(text, hope[0], h_region, subjects, lex,
                                            current if acts and current != nobody
                                            else _sentence_subject(text, s, sentences, subjects, lex) or before,
                                            current if acts else opener, everyone=mentions, starts=starts)
        if s in gerund_starts:
            gerunds[s] = (len(acts), region, current if acts and current != nobody else before,
                          current if acts else opener, content)
        if com and _hedged(text, s, e, lex):
            strength = max(0, strength - 1)  # "agreed in principle": an agreement, a weaker one
        if com and _stance(text, s, e, lex):
            com = False  # "the EU remains committed to ...": a position stated, no agreement made
        if com and spk[0] == "both" and _shared_view(text, s, e, lex):
            # "the two leaders agreed that dialogue is important": a view the two share, no agreement
            # to do anything. One side's "Blinken agreed that X deserves discussion" stays a
            # concession credited to that side, as "acknowledged" is.
            com = False
        acts.append(Act(s, e, text[s:e], name, strength, pol, com,
                        negated=(_preceded_by(text, s, lex.negations, lex, stop=_COORDINATOR)
                                 and not _NOT_ONLY.search(text, 0, s))  # "not only welcomed ... but also"
                        or any(m.end() - m.start() < e - s for m in _find(lex.negations, text[s:e]))
                        or _negated_across_coverb(text, s, lex)
                        # "Neither of the two sides accepted": a subject that opens with a negation
                        or (spk[2] is not None and any(m.start() == 0 for m in _find(lex.negations,
                                                                                   text[spk[2][0]:spk[2][1]]))),
                        modal=_preceded_by(text, s, lex.modals, lex, stop=_COORDINATOR if lex.finite_endings
                                           and text[s:e].casefold().endswith(lex.finite_endings) else None)
                        and not _modal_noun_subject(text, s, lex)
                        or _conditional(text, s, lex) or _inverted_conditional(text, s, lex)
                        or _told_to(text, s, lex, mentions)
                        or hope is not None  # hoped for (:func:`_hope_of`, read above)
                        or (_modal_list(text, s, e, lex, mentions) and not trailing)
                        or _zh_modal_list(text, s, lex, mentions, s in reports)
                        or _zh_future_list(text, s, acts[-1] if acts else None, lex, mentions)
                        # "Стороны договорятся о дате": a future, as "will agree" is
                        or any(p.fullmatch(text, s, e) for p in lex.future_acts)
                        # "中方将继续支持": "will support"
                        or _future(text, s, e, lex)
                        # "双方同意……，适时举行两军战区领导人视频通话": a talk agreed on or asked for
                        or _talk_agreed_on(text, s, e, strength, lex, acts, mentions)
                        # "美方应明确表示反对……": in Chinese, an act term right after a modal one, nothing
                        # between, is what that act says (should state opposition), owed as it is
                        or (not lex.boundaries and bool(acts) and acts[-1].modal and acts[-1].end == s)
                        # "美方必须将有关承诺转化为……", "The US must ... and agree": what a demand on the
                        # counterpart asks for, later in its sentence, is owed, not done
                        or (bool(acts) and _owed_after(text, acts[-1], s, lex)),
                        speaker=spk[0], speaker_side=spk[1], speaker_span=spk[2], content=content,
                        # what a recalled act reports or commits to is recalled too ("一再承诺不支持……")
                        past=_past(text, s, e, lex, reports, sentences, mentions)
                        or (name not in _SAYING and _past_joined_zh(text, s, lex, reports))
                        # "отметил, что Вашингтон неоднократно отвергал ...": the record of the side reported on
                        or (content and _preceded_by(text, s, lex.reported_past_markers, lex, stop=_COORDINATOR))
                        or bool(
                            acts and acts[-1].past and s not in reports and (content or (
                                region == prev_end and not re.search(r"[,，;；]", text[prev_end:s]))))))
        if name == "discussed" and agent is None and not acts[-1].modal and (
                (spk[0] == "unspecified" and not narrated and not content
                 and _impersonal_discussion(text, s, e, _sentence_span(text, s, sentences)[0], mentions, lex))
                or (content and _talk_setting(text, prev_end, s, e, mentions, lex))):
            # "Ukraine was discussed", "Обсуждались ...", "Речь шла о ...", "讨论了……": a discussion no
            # one is named for is the two sides', as "The conversation covered ..." is; inside a report
            # only where the talk is named as its setting ("сообщил, что в ходе переговоров обсуждались",
            # a narrator's report too: "Ушаков сообщил, что тема в ходе разговора не затрагивалась"),
            # else the report is its speaker's alone ("Putin said that trade was discussed"). The acts
            # after it go on as before (``spk``): "Bilateral matters were also discussed, and it was noted
            # that ..." names no one for the noting, whose view it was
            acts[-1] = replace(acts[-1], speaker="both", speaker_side="both", speaker_span=None)
        if gerund is not None and spk[0] != "unspecified":
            # the gerund is the main verb's subject's act, not what it reports
            k = gerund[0]
            acts[k] = replace(acts[k], speaker=spk[0], speaker_side=spk[1], speaker_span=spk[2])
        current = spk
        # "insisted that": the act's own "that" still opens what it reports
        prev_end = e - len(tail.group()) if (tail := re.search(r"\s(?:that|что)$", text[s:e], re.IGNORECASE)) else e
    if lex.perfect is not None:
        acts = [_recorded(text, k, acts, frames, lex) for k in range(len(acts))]
    acts = _echoes(text, acts, mentions, lex)
    if lex.stance_nouns and acts:
        acts = _held_stance(text, acts, mentions, lex)
    if lex.accepted_times and acts:
        acts = _accepted_times(text, acts, lex, sentences, mentions)
    if names and acts:
        acts = _others_agreement(text, acts, mentions, names, lex)
    if lex.demand_modals or lex.urge_modals:
        acts = _modal_demands(text, acts, mentions, lex, sentences, opener if opener != nobody else before)
    # "Since the US has said many times that ..., it must ...": an act in a fronted clause of reason
    # or time is the ground of the main clause, recalled; its actor does not speak in the point
    # whose actor opens the clause, titles and "the" before it at most ("After Erdogan invited him,
    # Putin thanked him"; not the phrase "After the talks Putin said ...")
    grounds = [(m.start(), m.end()) for m in lex.reason_clause.finditer(text) if lex.reason_clause and acts
               and any(a.speaker_span and m.start("rest") <= a.speaker_span[0] < a.start < m.end()
                       and _CLAUSE_SUBJECT_LEAD.fullmatch(text, m.start("rest"), a.speaker_span[0]) for a in acts)] \
        if lex.reason_clause and acts else []
    main_acts = [a for a in acts if not any(lo <= a.start < hi for lo, hi in grounds)]
    # "If the US says one thing and does another, it will hurt ...": an act in a conditional clause is
    # a hypothetical (read modal above), no act anyone did, so its actor does not speak in the point;
    # a point whose acts are all such reads as one with no act ("如果美方表示支持，中方欢迎" is China's
    # welcome, "If the US says ..." goes on with whoever spoke before)
    hypothetical = frozenset(a.start for a in acts if a.modal and (
        _conditional(text, a.start, lex) or _inverted_conditional(text, a.start, lex)))
    if acts and grounds and not any(a.speaker != "unspecified" for a in main_acts) \
            and any(a.speaker != "unspecified" for a in acts):
        # nor does anyone in its main clause: the point is its main clause's subject's ("As Putin has
        # said many times, Russia is ready to ..."), else it goes on with whoever spoke before, as one
        # that tells an actor what to do does ("..., it must form a rational view of China")
        subject = next((m for m in subjects if m.role in ("own", "counterpart", "both")
                        and any(m.start >= hi and re.fullmatch(r"\s*(?:the\s+)?", text[hi:m.start]) for _, hi in grounds)), None)
        speaker, speaker_side, speaker_span = opener if opener != nobody \
            else _role_side(subject) if subject is not None else before
    elif any(a.start not in hypothetical for a in acts):
        # the point is the speaker's who frames what others did ("The US has committed to X, he said.")
        # an act recalled from before the call names who acted then, not who speaks in the point:
        # "По его словам, в 2017 году США отвергли наши предложения" is his point, and a "Он" after it his
        pool = [a for a in (main_acts if grounds else acts) if a.start not in hypothetical] or main_acts
        main = next((a for a in pool if a.speaker != "unspecified" and not a.content and not a.past),
                    next((a for a in pool if a.speaker != "unspecified" and not a.content),
                         next((a for a in pool if a.speaker != "unspecified"), pool[0])))
        # "At the end of the call, he said, they agreed ...": a reporting clause set off by commas
        # inside the clause it reports only frames it; the point is the subject's of the act it
        # interrupts, where that subject comes right after it
        k = next((k for k, a in enumerate(acts) if a is main), len(acts))
        if main.start in parens and k + 1 < len(acts) and acts[k + 1].start in resumed_at \
                and acts[k + 1].speaker != "unspecified" and not acts[k + 1].past and acts[k + 1].speaker_span \
                and acts[k + 1].speaker_span[0] >= parens[main.start][1] \
                and not text[parens[main.start][1]:acts[k + 1].speaker_span[0]].strip():
            main = acts[k + 1]
        speaker, speaker_side, speaker_span = main.speaker, main.speaker_side, main.speaker_span
        if opener != nobody and all(a.past for a in acts):
            speaker, speaker_side, speaker_span = opener
    elif opener != nobody:
        # "他希望美方……": a point that opens with a pronoun and has no act is the previous speaker's
        speaker, speaker_side, speaker_span = opener
    elif lead is not None and before[0] == "both":
        # ... and where that was both sides, "he" is one of them, which one unsaid
        speaker, speaker_side, speaker_span = nobody
    else:
        # (in Chinese, not the one who asked for the call: "应拜登总统请求，国家主席习近平同他进行了视频通话")
        # (nor, in any language, the side an initiative phrase names: "At the initiative of the U.S.
        # side, Foreign Minister Sergey Lavrov held ...", "По инициативе американской стороны состоялся
        # телефонный разговор Владимира Путина ...": the side that asked for the call holds no word in it)
        first = next((m for m in mentions if m.role in ("own", "counterpart", "both")), None)
        if initiative is not None and first is not None and lex.boundaries \
                and initiative.start <= first.start < initiative.end and _genitive_attribute(text, first, lex):
            # "по приглашению Министра иностранных дел России": the title in the genitive runs on past
            # the phrase's end, and names no speaker (below), as it did before any phrase was read
            initiative_read = None
        else:
            initiative_read = initiative
        reach = _initiative_end(text, initiative_read, mentions) if initiative_read is not None else 0
        opening = next((m for m in mentions if m.role in ("own", "counterpart", "both")
                        and not (initiative_read is not None and initiative_read.start <= m.start < reach)), None)
        # An actor inside a fronted phrase that opens the point ("On 13 October in Beijing, Borrell
        # and Wang Yi held ...", "At the American side's initiative, Putin had a call with Trump")
        # is no subject: the actor opening the main clause after its comma is, titles before it at
        # most, and one joined to an actor of the other side makes the two sides (lexicon
        # ``fronted_sources``: not after "According to the White House, ...", whose source speaks).
        main = _main_after_fronted(text, opening, mentions, lex, subjects, initiative_read) if opening is not None else None
        if main is None and opening is not None and initiative_read is None:
            main = _joined_opening(text, opening, mentions, lex, subjects)
        if main is not None:
            opening = main
        # ... or opens its main clause after a fronted phrase and its comma, however long, no other
        # actor before it ("Вместе с тем, учитывая масштаб и серьёзность угроз в этой сфере, Россия
        # и США должны ...", "Given how large and serious the threats in this field are, the two
        # countries must ..."); not an item of a list in brackets or after a colon ("all stakeholders
        # (Europeans, allies, Russians and Ukrainians)")
        fronted = opening is not None and _FRONTED_COMMA.search(text, 0, opening.start) is not None \
            and not any(m.start < opening.start for m in mentions) and not _LIST_MARKS.search(text, 0, opening.start)
        host = _call_host(text, opening, main, mentions, lex)
        if host is not None:
            # "Wang Yi held a telephone conversation with Jaishankar", "Состоялся телефонный разговор
            # Владимира Путина с Президентом Турции", "Putin and Erdogan held a telephone conversation",
            # "A conversation took place between Putin and Biden", "杨洁篪应布林肯的约请，与其通了电话": a
            # call or meeting frame is its first-named participant's, the host, however the frame words
            # it, so a point and its translation read alike (they gave own, both or no one by syntax)
            speaker, speaker_side, speaker_span = _role_side(host)
        elif opening is not None and _told_group(text, mentions, lex):
            # "As the two largest economies ..., China and the US should ...": the actors told what to do
            # open the main clause, no speakers of it; whoever spoke before says it
            speaker, speaker_side, speaker_span = before
        elif main is not None and main.role == "both" and main not in mentions:
            speaker, speaker_side, speaker_span = _role_side(main)  # two joined actors of the two sides
        elif opening is not None and _genitive_attribute(text, opening, lex):
            # "Подготовка ... начнётся с телефонного контакта Министра ...", "по приглашению Министра
            # ...": a holder's title in the genitive after the noun it qualifies names no speaker
            speaker, speaker_side, speaker_span = "unspecified", None, None
        elif opening is not None and (opening.start < max(30, len(text) // 4) or fronted or main is not None):
            # "The US should strictly adhere to ...": a demand on the actor, made by whoever spoke last.
            # "it is the United States that is ...": an it-cleft's focus is spoken of, not speaking
            # "The US is therefore in no position to ...": a conclusion drawn goes on with the argument before
            speaker, speaker_side, speaker_span = _role_side(opening) if opening in subjects \
                and not _cleft_focus(text, opening, lex) and not _concluded(text, opening, lex) \
                and not _conditional(text, opening.start, lex) \
                else nobody if _addressed(text, opening, lex) else before
            if speaker == "both" and speaker_span == (opening.start, opening.end) and not lex.boundaries \
                    and not fronted and main is None and not any(
                        _ZH_CLAUSE_OPENING.search(text, 0, m.start) for m in mentions if m.role == "both"):
                # "国际社会和各国民众都盼望中美两国发挥带头作用", "容得下两国各自发展", "符合两国长远利益":
                # the two sides named after a verb of their clause, and nowhere opening one, are its
                # object, not the point's speakers (the English twins name none: "people everywhere
                # expect China and the US to lead"); "两国"/"双方" opening a clause, "中美" at most
                # before it, still speaks for both ("在两国元首指引下，双方团队……")
                speaker, speaker_side, speaker_span = "unspecified", None, None
        else:
            speaker, speaker_side, speaker_span = "unspecified", None, None
    if speaker == "unspecified":
        speaker_side, speaker_span = None, None
    numbers, dates = _numbers_and_dates(text, lex)
    all_numbers = numbers
    # A list number or letter ("3) ", "12. ", "(IV) ") numbers the point, not what it reports: no
    # detail for detail_mismatch (the point is encoded without it too, comparison.content_text).
    marker = len(text) - len(strip_marker(text))
    # A news agency's closing lines ("-30-", "(END)", "（记者 张三）") say nothing of the call either.
    tail = trailer_start(text)
    numbers = [n for n in numbers if marker <= n.start < tail]
    dates = [d for d in dates if d.start < tail]
    # "第三十一次", "the 31st", "31-й": an ordinal counts a series, no quantity to compare; it
    # still matches the other side's number, as a number spelled out does
    ordinals = frozenset(n.key for n in numbers if isinstance(n, Number) and _ordinal(text, n))
    numbers = [n for n in numbers if not (isinstance(n, Number) and _ordinal(text, n))]
    # read as the label model reads numbers (:func:`readouts.scoring._numbers`): the digits of a name
    # ("COVID-19", "S-400") are no number of the point (the name is its detail), and a time span up
    # to ten in digits ("过去4年", "4 years") is one "four years" spells out, no detail of its own
    from .scoring import _name_digits, _small_span
    small = [_small_span(text, n.text, n.end) for n in numbers]
    spans = frozenset(n.key for n, s in zip(numbers, small) if s)
    numbers = [n for n, s in zip(numbers, small) if not s and not _name_digits(text, n.start)]
    spelled = (_spelled_numbers(text, lex) if lex.number_words else frozenset()) | ordinals | spans
    percents = spelled | {n.key for n in all_numbers if isinstance(n, Number)}
    spelled |= _label_numbers(text, frozenset(k for k in percents if k.endswith("%")))
    folded = _folded(text)
    tone = [Tone(m.start(), m.end(), m.group(), key) for (_, key), m in _scan_items(lex.tone, text, folded)]
    tone.sort(key=lambda t: (t.start, -t.end))
    tone_kept: list[Tone] = []
    for t in tone:
        if not _overlaps([(x.start, x.end) for x in tone_kept], t.start, t.end):
            tone_kept.append(t)
    tone_kept, hoped = _talk_tone(text, tone_kept, lex, acts)
    acts = _stances_named(text, acts, lex)
    # "The talks were not constructive" is no constructive tone ("not only candid" still is).
    tone_kept = [t for t in tone_kept if not _preceded_by(text, t.start, lex.negations, lex, 2)
                 or _NOT_ONLY.search(text, 0, t.start)]
    # "He and the US President": a speaker's words run on over the title after a side's name
    acts = [replace(a, speaker_span=_titled_span(text, a.speaker_span, lex, a.start, mentions)) if a.speaker_span else a
            for a in acts]
    speaker_span = _titled_span(text, speaker_span, lex, len(text), mentions)
    if initiative is not None and not any(_find(lex.call, text)) and any(
            a.name in _SAYING and not a.commits and a.end <= initiative.start
            and _in_report(text, a.end, initiative.start, sentences) for a in acts):
        # "他提到，两国经贸牵头人应美方提议在日内瓦举行会谈": a meeting other than the call (no call
        # phrase in the point), inside what a speaker reports, says nothing of who initiated the call
        initiative = None
    return PointCues(
        text=text, language=base_language(lang), speaker=speaker, speaker_side=speaker_side,
        speaker_span=speaker_span, acts=tuple(acts), mentions=tuple(mentions), tone=tuple(tone_kept),
        hoped_tone=tuple(hoped), named_acts=tuple(sorted(named, key=lambda x: x.start)),
        numbers=tuple(numbers), dates=tuple(dates),
        entities=tuple(e for e in _entities(text, lex, mentions, dates) if marker <= e.start < tail),
        initiative=initiative, call_frame=any(not _owned_call(text, m.start(), m.end(), lex) for m in _find(lex.call, text))
        or _meeting_frame(text, lex, mentions),
        spelled_numbers=spelled,
    )


#: What joins actors into one group told what to do ("China and the US", "the US and NATO"): "and", a
#: comma, "as well as", "the", and a capitalised name of no side between at most.
_GROUP_JOIN = re.compile(r"\s*(?:,\s*|\s(?:and|as\s+well\s+as)\s+)(?:(?:the\s+)?[A-Z][\w-]*\s+(?:and|as\s+well\s+as)\s+)?"
                         r"(?:the\s+)?", re.IGNORECASE)
#: A capitalised name of no side joined to the group's last actor before the obligation ("and NATO").
_GROUP_TAIL = re.compile(r"\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?[A-Z][\w-]*\s+")
#: What opens the clause a told group is the subject of: the point's start, a comma (after a fronted
#: phrase or an ordinal: "As the two largest economies, ...", "Third, ..."), "the" at most between.
_GROUP_OPENS = re.compile(r"(?:^|[,:;]\s*)(?:(?i:the)\s+)?$")


def _call_host(text: str, opening: Mention | None, main: Mention | None, mentions: Sequence[Mention],
               lex: Lexicon) -> Mention | None:
    """The first-named participant of a call or meeting frame with no act (a ``call`` phrase that is
    no other call's, :func:`_owned_call`, or a meeting frame, :func:`_meeting_frame`: as
    :attr:`PointCues.call_frame`), the one an opening actor names: the actor that opens the
    main clause after a fronted phrase (``main``, the first of two joined), else the first actor
    outside an initiative phrase (``opening``); own or counterpart, one of :func:`_subjects` and no
    place ("in Beijing"), else None (a frame naming the two sides, "the two sides held talks", keeps
    their reading; "The meeting ... set the direction for China-US relations" names no participant)."""
    host = main if main is not None else opening
    if host is None or not (any(not _owned_call(text, m.start(), m.end(), lex) for m in _find(lex.call, text))
                            or _meeting_frame(text, lex, mentions)):
        return None
    if host not in mentions:  # two joined actors read as the two sides: the first of them
        host = next((m for m in mentions if m.start == host.start), host)
    # an actor, not a name in a compound ("China-US relations") nor a place ("in Beijing")
    if host.role not in ("own", "counterpart") or host not in _subjects(text, list(mentions), lex) \
            or lex.country_place is not None and lex.country_place.search(text, max(0, host.start - 30), host.start):
        return None
    return host


def _told_group(text: str, mentions: Sequence[Mention], lex: Lexicon) -> bool:
    """Whether the first obligation of a point (where words are spaced) is laid on actors that open
    its main clause, joined ("As the two largest economies ..., China and the US should step up ...",
    "In line with the leaders' consensus, the two sides should ...", "The US and NATO should also
    talk with Russia"): those told are the point's subject, no speaker of it; whoever spoke before
    says it, as "中美……应当……", "双方应……", "美国和北约也应……" are read (:func:`_told_at`)."""
    if not lex.boundaries:
        return False
    starts = _obligation_starts(text, lex)
    if not starts:
        return False
    o = starts[0]
    before = [m for m in mentions if m.end <= o and m.role in ("own", "counterpart", "both")]
    if not before:
        return False
    last = before[-1]
    tail = _GROUP_TAIL.match(text, last.end)
    if not (_told_at(text, last, [o], lex) or tail is not None and _told_at(
            text, Mention(last.start, tail.end() - 1, text[last.start:tail.end() - 1], last.side, last.role), [o], lex)):
        return False
    first = last
    for m in reversed(before[:-1]):
        if not _GROUP_JOIN.fullmatch(text, m.end, first.start):
            break
        first = m
    return _GROUP_OPENS.search(text, max(0, first.start - 8), first.start) is not None


def _main_after_fronted(text: str, first: Mention, mentions: Sequence[Mention], lex: Lexicon,
                        subjects: Sequence[Mention], initiative: Initiative | None = None) -> Mention | None:
    """The actor that opens the main clause of a point with no act where its first actor ``first``
    lies in a fronted phrase (lexicon ``function_words``, then a comma: "On 13 October 2023 in
    Beijing, ...", "At the request of the US side, ..."), titles between the comma and it at most
    (:data:`_TITLE_RUN`); where an actor of another side is joined to it ("Borrell and Wang Yi,
    Director of ..., held"; :func:`_joined`; both of ``subjects``, and no obligation after them in
    their sentence: "China and the EU, as two major forces, should ..." is a demand on the two),
    a mention of the two sides spanning both; so too
    where ``first`` itself opens the main clause after a long fronted phrase and titles ("On the
    evening of 1 December 2018, State Councilor and Foreign Minister Wang Yi gave a briefing").
    None where the phrase is a source (``fronted_sources``: "According to the White House, ..."),
    or no actor opens the main clause.
    An ``initiative`` phrase that opens the point (a date or a fronted phrase before it at most, its
    comma after it at most: "At the initiative of the U.S. side, ...", "On 29 July, at the request of
    the American side, ...", "Во вторник по инициативе Вашингтона ...") is such a fronted phrase too,
    and the main clause's actor may come after a longer title ("Defence Minister General of the Army
    Sergei Shoigu", "senior Chinese diplomat Yang Jiechi", "Министр иностранных дел России"), no call
    phrase before it ("... состоялся телефонный разговор Владимира Путина": no actor opens that clause)."""
    if not lex.boundaries or text.lstrip().casefold().startswith(lex.fronted_sources):
        return None
    front = lex.fronted.match(text) if lex.fronted is not None else None
    end = front.end() if front is not None else None
    anchored = False
    if initiative is not None:
        after = _INIT_TAIL.match(text, _initiative_end(text, initiative, mentions)).end()
        lead = end if end is not None and end <= initiative.start else 0
        if end is not None and initiative.start < end:
            end, anchored = max(end, after), True  # the fronted phrase holds the initiative phrase
        elif _INIT_LEAD.fullmatch(text, lead, initiative.start) \
                and not any(lead <= m.start < initiative.start for m in mentions):
            end, anchored = after, True
    if end is None:
        return None
    main = next((m for m in mentions if m.start >= end and m.role in ("own", "counterpart", "both")), None)
    if main is None or not (_TITLE_RUN.fullmatch(text, end, main.start) or anchored and _INIT_GAP.fullmatch(
            text, end, main.start) and not any(_find(lex.call, text[end:main.start]))):
        return None
    if main.role in ("own", "counterpart"):
        pair = next((y for y in mentions if y.start > main.end and y.role in ("own", "counterpart")
                     and y.side != main.side), None)
        end = _SENTENCE_MARK.search(text, pair.end) if pair is not None else None
        if pair is not None and main in subjects and pair in subjects and _joined(text, main, pair, mentions, lex) \
                and not _find(lex.obligations, text[pair.end:end.start() if end else len(text)]):
            return Mention(main.start, pair.end, text[main.start:pair.end], "both", "both")
    return main


def _joined_opening(text: str, first: Mention, mentions: Sequence[Mention], lex: Lexicon,
                    subjects: Sequence[Mention]) -> Mention | None:
    """The two sides, as one mention spanning both, where a point with no act opens with actor
    ``first`` (titles before it at most, or nothing in Chinese) joined to an actor of the other side
    (:func:`_joined`), both subjects, and no obligation after them in their sentence: "China and the
    US are fully able to help each other succeed", "Россия и США могут многого добиться вместе",
    "中国和美国完全可以相互成就" say what the two can do together, as "The two countries ..." and
    "中美……" do, no word of the first one's alone. None otherwise: "China and the US should ..."
    is a demand on the two (:func:`_told_group`), "China and Russia's partnership" names no subject.
    (A fronted phrase before the pair is :func:`_main_after_fronted`'s.)"""
    if first.role not in ("own", "counterpart") or any(_find(lex.call, text)) or _meeting_frame(text, lex, mentions):
        return None  # a call or meeting frame is its first-named participant's (:func:`_call_host`)
    lead = text[:first.start]
    if lex.boundaries:
        if not _TITLE_RUN.fullmatch(lead):
            return None
    elif lead.strip():
        return None
    pair = next((y for y in mentions if y.start > first.end and y.role in ("own", "counterpart")), None)
    if pair is None or pair.side == first.side or first not in subjects and lex.boundaries \
            or lex.boundaries and pair not in subjects or not _joined(text, first, pair, mentions, lex):
        return None
    end = _SENTENCE_MARK.search(text, pair.end)
    if _find(lex.obligations, text[pair.end:end.start() if end else len(text)]):
        return None
    return Mention(first.start, pair.end, text[first.start:pair.end], "both", "both")


def _initiative_end(text: str, initiative: Initiative, mentions: Sequence[Mention]) -> int:
    """Where the ``initiative`` phrase ends, with the word of both sides right after it that closes
    it ("По инициативе французской | стороны", whose "стороны" reads as the two sides)."""
    after = next((m for m in mentions if m.start >= initiative.end), None)
    if after is not None and after.role == "both" and not text[initiative.end:after.start].strip():
        return after.end
    return initiative.end


#: What may come before an initiative phrase that opens a point (:func:`_main_after_fronted`): a
#: preposition, a day or a date ("At ", "Во вторник по", "29 июля по"), and after it: its comma.
_INIT_LEAD = re.compile(r"\s*(?:[\w.]+\s+){0,3}")
_INIT_TAIL = re.compile(r"\s*[,，]?\s*")
#: A longer title run after an initiative phrase, before the main clause's actor: a few words, no
#: punctuation ("Defence Minister General of the Army", "senior", "Министр иностранных дел").
_INIT_GAP = re.compile(r"\s*(?:[\w.\-/]+\s+){0,6}")


#: Capitalised title words (a slash or hyphen inside: "High Representative/Vice-President"), "the",
#: "and", "of" or "for" before each at most ("State Councilor and Foreign Minister").
_TITLE_RUN = re.compile(r"\s*(?:(?:(?:the|and|of|for)\s+)?[A-ZА-ЯЁ][\w/.\-]*\s+)*")


def _stances_named(text: str, acts: list[Act], lex: Lexicon) -> list[Act]:
    """``acts`` with a commitment term read as a stance (:func:`_stance`: "are both committed to",
    "remains committed to", "致力于", "привержены") named "reaffirmed", as "reaffirmed their
    commitment to" is: a position stated, not "agreed". Its strength and all else stay; only the
    name was "agreed", which read the two sides' stance as a view they had agreed on (an "agreed"
    of both sides that commits to nothing is one). Done last, after every reading that asks
    whether the act is a commitment term (:func:`_recorded`)."""
    commit_names = lex.commit_names
    if not any(a.name in commit_names and not a.commits for a in acts):
        return acts
    return [replace(a, name="reaffirmed") if a.name in commit_names and not a.commits
            and _stance(text, a.start, a.end, lex) else a for a in acts]


def _accepted_times(text: str, acts: list[Act], lex: Lexicon, sentences: Sequence[int],
                    mentions: Sequence[Mention]) -> list[Act]:
    """``acts`` with an acceptance added where what a statement reports sets a visit at a time to
    suit both sides (lexicon ``accepted_times``): "Blinken invited Qin to visit the US, and Qin said
    he would do so at a time convenient to both" is Qin's acceptance, made in the call, where it
    read as a plain statement; "秦刚表示将在双方方便的时候成行" too. The statement is the last act
    before the phrase in its sentence, a verb of saying that is no content, not negated, nor modal
    ("they agreed to arrange the visit at a time convenient to both" is an agreement already; "did
    not say he would come at a convenient time" accepts nothing), and what it reports opens with no
    actor of another side ("Blinken said Qin would visit at a mutually convenient time" is Blinken's
    word on Qin's visit, no acceptance of Blinken's). The acceptance is the phrase, credited to the
    statement's speaker; the statement stays."""
    spec = lex.act_grades["accepted"][:2] if "accepted" in lex.act_grades else None
    if spec is None:
        return acts
    out = list(acts)
    for m in _find(lex.accepted_times, text):
        if any(_overlaps([(a.start, a.end)], m.start(), m.end()) for a in out):
            continue
        sentence = max([0] + [x for x in sentences if x <= m.start()])
        said = next((a for a in reversed(acts) if a.end <= m.start()), None)
        if said is None or said.start < sentence or said.name not in _SAYING or said.content or said.negated \
                or said.modal:
            continue
        subject = next((x for x in mentions if said.end <= x.start < m.start()), None)
        if subject is not None and subject.role != "pronoun" and subject.side != said.speaker_side \
                and _REPORT_GAP.fullmatch(text, said.end, subject.start):
            continue
        out.append(Act(m.start(), m.end(), m.group(), "accepted", spec[0], spec[1], True, negated=False, modal=False,
                       speaker=said.speaker, speaker_side=said.speaker_side, speaker_span=said.speaker_span,
                       past=said.past))
    return sorted(out, key=lambda a: a.start) if len(out) > len(acts) else acts


def _held_stance(text: str, acts: list[Act], mentions: Sequence[Mention], lex: Lexicon) -> list[Act]:
    """``acts`` with an act that has no speaker credited to the side whose stance it reports (lexicon
    ``stance_nouns``): "Подтверждена готовность России к диалогу" (Russia's readiness was
    confirmed, by no one named) is Russia's act, as "Russia's readiness was confirmed" is; so is
    "Позиция Турции была подтверждена". The noun stands right after the act, a word or two between
    at most, or opening the point before it in its clause, its side's name right after it."""
    out = []
    for a in acts:
        if a.speaker == "unspecified" and a.speaker_side is None:
            for m in mentions:
                if m.role not in ("own", "counterpart", "both"):
                    continue
                noun = next((n for p in lex.stance_nouns for n in p.finditer(text, max(0, m.start - 40), m.start)
                             if re.fullmatch(r"\s+", text[n.end():m.start])), None)
                if noun is None:
                    continue
                after = a.end <= noun.start() and _STANCE_AFTER.fullmatch(text, a.end, noun.start())
                # the noun opens the point, the act later in its clause ("Позиция Турции была подтверждена")
                before = not text[:noun.start()].strip() and m.end <= a.start \
                    and not re.search(r"[,，;；:：]", text[m.end:a.start])
                if after or before:
                    side = _role_side(m)
                    a = replace(a, speaker=side[0], speaker_side=side[1], speaker_span=side[2])
                    break
        out.append(a)
    return out


#: What may stand between an act and the stance noun after it: a word or two ("Подтверждена
#: принципиальная готовность России").
_STANCE_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
#: A comma that ends a fronted phrase right before the subject of the main clause.
_FRONTED_COMMA = re.compile(r"[,，]\s*(?:the\s+)?$")
#: Where a Chinese clause's subject may start: the text's start or a clause mark, and at most the two
#: countries' shorts before the mention ("中美两国", "中俄双方"); see :func:`point_cues`.
_ZH_CLAUSE_OPENING = re.compile(r"(?:^|[，,；;：:。！？!?])\s*(?:[中美俄印欧日韩法德英土乌][中美俄印欧日韩法德英土乌])?$")
#: Marks before an actor that make it an item of a list or an aside, not a clause's subject.
_LIST_MARKS = re.compile(r"[:;()：；（）]")


def readout_cues(readout: Any, *, counterpart_side: str | None = None,
                 counterpart_participants: Sequence[str] = ()) -> tuple[PointCues, ...]:
    """Cues of every point of a :class:`~readouts.records.Readout`, in order.

    A point opening with a pronoun ("He added ...") inherits the previous point's speaker.
    ``counterpart_participants``: names the other readout lists, so its spelling is known too.
    A point whose script clearly says another language with a lexicon (a Chinese sentence, a Russian
    quotation in an English readout: :func:`readouts.language.passage_language`) is read with that
    language's lexicon.
    """
    lang = detect_language(readout.text, readout.language)
    own, counterpart_side = cue_sides(readout.side, counterpart_side)
    readers: dict[str, tuple[Lexicon, dict[str, str]]] = {}
    if not readout.language and lang not in LANGUAGES:  # say where the language came from: none was declared
        script = script_of(readout.text)
        why = ("" if script not in ("cyrillic", "latin") else " with Bulgarian's words and spellings" if lang == "bg"
               else " with letters Russian lacks" if script == "cyrillic" else " with few English words")
        warn_user(f"no cue lexicon for language {lang!r} (readout {readout_label(readout)} declares no language; "
                  f"its text is mostly {_script_name(script)}{why}; have {', '.join(LANGUAGES)}); using "
                  "language-neutral cues only (names, numbers, side codes)", LanguageWarning)

    def reader(code: str) -> tuple[Lexicon, dict[str, str]]:  # a lexicon and the names it knows, once a language
        if code not in readers:
            lex = lexicon(code, warn=code != lang or bool(readout.language), readout=readout)
            extra = participant_sides(counterpart_participants, counterpart_side, own, lex) if counterpart_side else {}
            readers[code] = lex, _names(readout.participants, own, counterpart_side, lex, extra)
        return readers[code]

    lex, names = reader(lang)
    # A narrator's name, once its title shows it (in the readout's issuer, "comments to the press by
    # presidential aide Yury Ushakov", its title, "Комментарий помощника Президента Юрия Ушакова", or
    # in a point), is a narrator's in the points after it too, in either script ("Юрий Ушаков
    # сообщил" after an English issuer).
    known = _known_narrators(readout, lang, reader, own, counterpart_side, counterpart_participants)
    out: list[PointCues] = []
    prev: tuple[str, str | None] | None = None
    acted = True  # whether ``prev`` was read from an act, not only named (a call frame)
    narrating = False  # whether the last point that named its speaker was a narrator's
    for p in readout.points:
        own_lang = passage_language(p.text, lang)
        plang = own_lang if own_lang in LANGUAGES and own_lang != base_language(lang) else lang
        lex, names = reader(plang)
        c = _point_cues(p.text, plang, lex, side=own, counterpart_side=counterpart_side, previous_speaker=prev,
                        names=names, narrators=known, previous_acted=acted)
        out.append(c)
        narrators = {(m.start, m.end) for m in c.mentions if m.role == "narrator"}
        known += [_name_key(m.text) for m in c.mentions if m.role == "narrator"]
        frame = next((a for a in c.acts if not a.content), None)
        if frame is not None and (frame.speaker_span in narrators or narrating and (frame.speaker, frame.speaker_side)
                                  == ("unspecified", None)):
            # a point a narrator frames ("Ushakov said the call was useful", "Ushakov said Trump agreed",
            # and then "He said ..."): a "He" after it is the narrator, as after "Lavrov said Blinken
            # agreed" it is Lavrov
            prev, narrating = None, True
        elif c.speaker == "both" and not c.acts and prev is not None and prev[0] in ("own", "counterpart"):
            # a point with no act that names both sides ("中美完全可以相互成就", "The two countries
            # can achieve much together") goes on with what the speaker before it said: a "He" after
            # it is still that speaker, not left to no one as after "the two sides agreed"
            narrating = False
        elif c.speaker == "both" and frame is not None and frame.speaker in ("own", "counterpart") and not frame.past:
            # "At the end of the call, he said, they agreed ...": the two sides' point, told by one
            # speaker, and a "He" after it is that speaker
            prev, narrating, acted = (frame.speaker, frame.speaker_side), False, True
        elif c.speaker != "unspecified" and not (c.acts and all(a.past for a in c.acts)):
            # a point whose acts are all recalled from before the call ("从中美三个联合公报，到本届美国
            # 政府多次表示不支持“台独”，都是美方作出的承诺") names who acted then, no speaker of the call:
            # the one before it still speaks, so "美方应当……" after it is that speaker's demand on the US
            prev, narrating, acted = (c.speaker, c.speaker_side), False, \
                bool(c.acts) or acted and (c.speaker, c.speaker_side) == prev
    return tuple(out)


def _known_narrators(readout: Any, lang: str, reader: Any, own: str, counterpart_side: str | None,
                     counterpart_participants: Sequence[str]) -> list[str]:
    """The name keys of the narrators named beside a title in ``readout``'s own text fields (its
    issuer and title), each field read in its own language (an English issuer of a Russian
    readout): names only, not a bare title ("Press Secretary", "the President"), and never a
    participant's, of either readout ("Комментарий помощника Президента Юрия Ушакова по итогам
    разговора Владимира Путина": Путин is a party)."""
    parties = [_name_key(_PAREN.sub("", p)) for p in (*readout.participants, *counterpart_participants)]
    known: list[str] = []
    for field_ in ("issuer", "title"):
        text = getattr(readout, field_, None)
        if not isinstance(text, str) or not text.strip():
            continue
        flang = passage_language(text, lang) or lang
        if flang not in LANGUAGES:
            continue
        lex, names = reader(flang)
        text = _han_read(text, lex.language)
        if not _find(lex.narrator_titles, text):
            continue  # no title, no narrator (:func:`_narrate`): nine fields in ten, whose actors need no reading
        for m in _narrate(text, lex, _mentions(text, lex, names, own, counterpart_side), names, own):
            key = _name_key(m.text)
            if m.role == "narrator" and _is_name(m.text, lex) \
                    and not any(_same_name(key, p) for p in parties if p) and key not in known:
                known.append(key)
    return known


def _is_name(text: str, lex: Lexicon) -> bool:
    """Whether a narrator's mention ends in a name: a capitalised word that is no title of the
    lexicon ("Press Secretary Judd Deere", "Yuri Ushakov", not "Press Secretary", "the President")."""
    words = text.split()
    if not words or not words[-1][:1].isupper() and not _HAN.search(words[-1]):
        return False
    if any(p.fullmatch(text) for p in lex.narrator_titles):
        return False
    return not any(kind in ("generic", "both", "pronoun") and p.search(text) for p, _, kind in lex.actors)


def pair_cues(a: Any, b: Any) -> tuple[tuple[PointCues, ...], tuple[PointCues, ...]]:
    """Cues of two readouts of one call, each knowing the other's side and participants."""
    for name, r in (("a", a), ("b", b)):
        if not isinstance(getattr(r, "text", None), str) or not hasattr(r, "points"):
            raise InputError(f"readout {name} must be a Readout, not {type(r).__name__}")
    return (readout_cues(a, counterpart_side=b.side, counterpart_participants=b.participants),
            readout_cues(b, counterpart_side=a.side, counterpart_participants=a.participants))


_SPACES = re.compile(r"\s+")


def topic_spans(c: PointCues) -> tuple[tuple[int, int], ...]:
    """The character spans of ``c.text`` that :func:`topic_text` blanks out (actor mentions, speech
    acts, tone words), merged and in order; empty when the topic text is the point's own text
    (no such spans, or nothing but them). The default model pools its topic vectors from the
    token vectors outside these spans (:meth:`readouts.embedding.SentenceTransformerEmbedder.encode_with_tokens`).

    >>> c = point_cues("Biden stressed that policy has not changed.", side="US", participants=["Joseph R. Biden"])
    >>> [c.text[s:e] for s, e in topic_spans(c)]
    ['Biden', 'stressed']
    """
    # A people named where words are not spaced ("中国人民") holds its people word, which English keeps
    # ("the Chinese people" loses "Chinese" alone): there the topic text keeps the whole mention.
    lex = lexicon(c.language, warn=False)
    whole = not lex.boundaries
    read = _han_read(c.text, lex.language)  # as the cues read it (spans are the same)
    # A news agency's closing lines kept with the last point ("（完）", "（记者 张三）") name no topic.
    tail = trailer_start(read)
    # A hope ("China hopes the US will ...", lexicon ``subject_acts``) stays: the link model was
    # measured on topic texts that keep it, and statement verbs taken out of them cost link F1 before.
    spans = sorted([(m.start, m.end) for m in c.mentions if not (whole and m.role == "people")]
                   + [(a.start, a.end) for a in c.acts
                      if lex.subject_act is None or not lex.subject_act.fullmatch(read, a.start, a.end)]
                   + [(t.start, t.end) for t in c.tone + c.hoped_tone]
                   + [(x.start, x.end) for x in c.named_acts]
                   + ([(tail, len(c.text))] if tail < len(c.text) else []))
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return tuple(merged) if merged and _blank(c.text, merged) is not None else ()


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str | None:
    """``text`` with ``spans`` blanked out, spaces collapsed; None if nothing of substance is left."""
    parts, pos = [], 0
    for s, e in spans:
        if s > pos:
            parts.append(text[pos:s])
        parts.append(" ")
        pos = max(pos, e)
    parts.append(text[pos:])
    out = _SPACES.sub(" ", "".join(parts)).strip()
    return out if out.strip(" .,;:!?。，；：") else None


def topic_text(c: PointCues) -> str:
    """What a point is *about*: its text with the actor mentions, speech acts and tone words blanked
    out (:func:`topic_spans`), so that two sides' accounts of one exchange ("Xi stressed that ...
    the status quo" / "the Secretary said the US opposes ... the status quo") come closer than
    their speakers and stances would let them. Backends that cannot pool token vectors read the
    embedding of this text as the ``topic`` channel (see :mod:`readouts.similarity`). Actor
    mentions are all the lexicon's actor terms, third parties included ("Ukraine", "NATO"): the
    other channels still see those names. A point with nothing left keeps its full text.
    Leave-one-call-out on 48 English calls: 0.515 -> 0.568 link F1 for the default model;
    keeping third-party names in the topic text measured 0.557.

    >>> c = point_cues("On Taiwan, President Biden stressed that US policy has not changed.",
    ...                side="US", counterpart_side="CN", participants=["Joseph R. Biden"])
    >>> topic_text(c)
    'On Taiwan, President that policy has not changed.'
    """
    spans = topic_spans(c)
    return (_blank(c.text, spans) or c.text) if spans else c.text


def tone_profile(cues: Iterable[PointCues]) -> dict[str, int]:
    """How often each tone key occurs in a readout, e.g. ``{"candid": 1, "constructive": 2}``."""
    return dict(sorted(Counter(t.key for c in cues for t in c.tone).items()))


# -- comparing the cues of linked points ---------------------------------------------------------
@dataclass(frozen=True)
class CueShift:
    """How the cues of linked points differ (side a's points ``a`` against side b's points ``b``).

    ``acts_*`` are (point, act) pairs; ``actors_*`` the side codes (or ``"both"``) the points credit;
    ``extra_details_*`` the numbers, dates and names on one side that the other side lacks.
    """

    a: tuple[int, ...]
    b: tuple[int, ...]
    acts_a: tuple[tuple[int, Act], ...]
    acts_b: tuple[tuple[int, Act], ...]
    actors_a: frozenset[str]
    actors_b: frozenset[str]
    speakers_a: tuple[tuple[int, tuple[int, int]], ...]
    speakers_b: tuple[tuple[int, tuple[int, int]], ...]
    extra_details_a: tuple[tuple[int, Cue], ...]
    extra_details_b: tuple[tuple[int, Cue], ...]

    def comparable(self) -> CueShift:
        """The shift between the acts the two sides credit to the same speaker: an act of one side's
        points stays if the other side's points credit one to a speaker it may share ("Lavrov" and
        "the two ministers", or an act with no named speaker), so "The Secretary urged" is not
        weighed against "Lavrov said", nor an act of a third party against one of the call's."""
        def same(x: Act, y: Act) -> bool:
            third_x = x.speaker == "unspecified" and x.speaker_side is not None
            third_y = y.speaker == "unspecified" and y.speaker_side is not None
            if third_x or third_y:
                return third_x and third_y and x.speaker_side == y.speaker_side
            if x.speaker_side is None or y.speaker_side is None:
                return True
            return x.speaker_side == y.speaker_side or "both" in (x.speaker_side, y.speaker_side)

        return replace(self, acts_a=tuple((i, x) for i, x in self.acts_a if any(same(x, y) for _, y in self.acts_b)),
                       acts_b=tuple((j, y) for j, y in self.acts_b if any(same(x, y) for _, x in self.acts_a)))

    @staticmethod
    def _stance(acts: tuple[tuple[int, Act], ...]) -> tuple[tuple[int, Act], ...]:
        """The acts that state a position: a point's acts without those that only frame a later
        one ("reiterated" in "Biden reiterated that the US does not support ...")."""
        framed = {i: max(k for k, (j, x) in enumerate(acts) if j == i and x.content)
                  for i in {i for i, x in acts if x.content}}
        return tuple((i, x) for k, (i, x) in enumerate(acts) if x.content or i not in framed or k > framed[i])

    @property
    def stance_a(self) -> tuple[tuple[int, Act], ...]:
        return self._stance(self.acts_a)

    @property
    def stance_b(self) -> tuple[tuple[int, Act], ...]:
        return self._stance(self.acts_b)

    @staticmethod
    def _strength(acts: tuple[tuple[int, Act], ...]) -> int:
        return max((x.effective_strength for _, x in acts), default=-1)

    @property
    def strength_a(self) -> int:
        return self._strength(self.stance_a)

    @property
    def strength_b(self) -> int:
        return self._strength(self.stance_b)

    @property
    def strength_gap(self) -> int:
        """Difference of the strongest acts that state a position (a frame such as "reiterated
        that" does not count beside what it reports; 0 when a side has no act: nothing to compare)."""
        if self.strength_a < 0 or self.strength_b < 0:
            return 0
        return abs(self.strength_a - self.strength_b)

    @property
    def polarity_shift(self) -> bool:
        """One side opposes (or negates support), the other does not."""
        if not self.acts_a or not self.acts_b:
            return False
        neg_a = any(x.effective_polarity < 0 for _, x in self.acts_a)
        neg_b = any(x.effective_polarity < 0 for _, x in self.acts_b)
        return neg_a != neg_b

    @property
    def commitment_shift(self) -> bool:
        """One side reports an agreement or acceptance, the other only talk ("agreed" vs "discussed")."""
        com_a = any(x.firm_commitment for _, x in self.acts_a)
        com_b = any(x.firm_commitment for _, x in self.acts_b)
        return com_a != com_b and bool(self.acts_a) and bool(self.acts_b)

    @property
    def attribution_shift(self) -> bool:
        """Both sides name who spoke, and no one in common; "both sides" is in common with two sides
        credited one by one ("the two agreed" against "Russia proposed, the US agreed"). This is the
        label model's feature; the flag narrows it: the two sides' acts must be of the claim's kind
        (``readouts.flags._claim_split``), else "both agreed" against "A argued, B pointed to" is flagged."""
        def both(x: frozenset[str], y: frozenset[str]) -> bool:
            return "both" in x and len(y - {"both"}) >= 2

        a, b = self.actors_a, self.actors_b
        return bool(a) and bool(b) and not (a & b) and not both(a, b) and not both(b, a)

    @property
    def detail_mismatch(self) -> int:
        return len(self.extra_details_a) + len(self.extra_details_b)


_DOUBLED = re.compile(r"(\w)\1")


_NAME_WORDS = re.compile(r"[A-ZА-ЯЁ][\w'’-]*(?:\s+(?:(?:of|for|the|on|and|to)\s+)*[A-ZА-ЯЁ][\w'’-]*)+")


def _acronym_of(name: str, text: str) -> bool:
    """Whether ``name`` is an acronym of a run of capitalised words in ``text`` ("IAEA": "International
    Atomic Energy Agency"), or the run of capitalised words ``name`` is spelled as an acronym there."""
    def initials(run: str) -> str:
        return "".join(w[0] for w in run.split() if w[0].isupper())

    if re.fullmatch(r"[A-ZА-ЯЁ]{2,6}", name):
        return any(initials(m.group()) == name for m in _NAME_WORDS.finditer(text))
    short = initials(name)
    return len(short) >= 2 and re.search(rf"(?<!\w){re.escape(short)}(?!\w)", text) is not None


def _without_other_names(name: str, folded: str, others: Sequence[Cue], lex: Lexicon, cased: bool = False) -> str:
    """``folded`` (a text in lower case) with the names ``others`` blanked out that are another
    name than ``name``: each has a capitalised word the other lacks ("South Korea" against "North
    Korea", "Kim Yo Jong" against "Kim Jong Un"). A shorter or longer form of it is kept ("Gaza"
    against "Gaza Strip", or the other way round; "UN Security Council" against "United Nations
    Security Council", an acronym standing for a run of its words), and so is one that differs only
    in the title before it, up to its last title word ("Prime Minister Mohammed bin Salman" against
    "Crown Prince Mohammed bin Salman"; lexicon ``title_words``), or that is a title alone ("Saudi
    Crown Prince")."""
    def core(n: str) -> list[str]:
        words = n.split()
        last = max((k for k, w in enumerate(words) if _is_title(w.casefold(), lex)), default=-1)
        return [w for w in words[last + 1:] if w[:1].isupper()]

    def covers(longer: list[str], shorter: list[str]) -> bool:
        own = " ".join(longer).lower()
        initials = "".join(w[0] for w in longer)
        return all(_stem_in(w, own) or ((m := _ACRONYM.fullmatch(w)) is not None and m.group(1) in initials)
                   for w in shorter)

    mine = core(name)
    for other in others:
        text = unicodedata.normalize("NFC", other.text)
        theirs = core(text)
        if mine and theirs and not covers(mine, theirs) and not covers(theirs, mine):
            # ``cased``: ``folded`` is as written, and the name goes in any case
            folded = re.sub(re.escape(text), " ", folded, flags=re.IGNORECASE) if cased \
                else folded.replace(text.lower(), " ")
    return folded


def _named_otherwise(name: str, text: str, lex: Lexicon) -> str:
    """The words of ``name`` that ``text`` gives under another name of the same thing (lexicon
    ``same_entities``: "Burma" in a text that says "Myanmar"), joined by spaces; "" if none. A name
    of several words is in ``text`` as a phrase, its words in a row ("border-affairs consultations",
    not "consultations for peace ... in border affairs"); in ``name`` by its words anywhere
    ("Communist Party of China" in "Chinese Communist Party")."""
    def has(words: tuple[str, ...], haystack: str, phrase: bool = False) -> bool:
        if words[-1].endswith("="):  # a name of its own (:func:`_own_name_in`): "Strait", not "strategic"
            return _own_name_in(" ".join(words)[:-1], haystack)
        if phrase and len(words) > 1:
            return _phrase_in(" ".join(words), haystack.lower())
        # word-initial stems: "UK" is not in "Ukraine"
        return all(_stem_in(w, haystack.lower()) for w in words)

    covered = []
    for group in lex.same_entities:
        mine = [words for words in group if has(words, name)]
        if mine and any(has(words, text, phrase=True) for words in group if words not in mine):
            covered += [w.rstrip("=") for words in mine for w in words]
    return " ".join(covered)


def _implied_otherwise(name: str, text: str, lex: Lexicon) -> bool:
    """Whether ``name`` is a larger event that ``text`` names by an event inside it (lexicon
    ``implied_entities``: "Second World War" where ``text`` gives "Victory in Europe Day" or "victory
    over Nazism"): no detail that ``text`` lacks. Only that way round: the war does not name the day.

    >>> lex = lexicon("en", warn=False)
    >>> _implied_otherwise("Second World War", "the 75th anniversary of Victory in Europe Day", lex)
    True
    >>> _implied_otherwise("Victory in Europe Day", "their alliance in the Second World War", lex)
    False
    """
    folded = text.lower()
    for inner, outer in lex.implied_entities:
        if any(all(_stem_in(w, name.lower()) for w in words) for words in outer) \
                and any(_phrase_in(" ".join(words), folded) if len(words) > 1 else _word_in(words[0], folded)
                        for words in inner):
            return True
    return False


def _entity_phrase(text: str, start: int, end: int, lex: Lexicon) -> str:
    """The longest name of the lexicon's ``same_entities`` that ``text`` gives in words around the
    name at ``start:end``, words in a row in any case ("victory over Nazism" around "Nazism"), or "":
    the name alone is then no sign of the thing, which another name of the group on the other side
    ("Victory in Europe Day") still names (:func:`_named_otherwise`).

    >>> _entity_phrase("on the anniversary of the victory over Nazism.", 39, 45, lexicon("en", warn=False))
    'victory over nazism'
    """
    best = ""
    for group in lex.same_entities:
        for words in group:
            if len(words) < 2 or len(" ".join(words)) <= len(best):
                continue
            if any(m.start() <= start and end <= m.end() for m in _words_regex(words).finditer(text)):
                best = " ".join(w.rstrip("=") for w in words)
    return best


@lru_cache(maxsize=1024)  # the lexicons' same_entities, compiled once, not at every name looked up
def _words_regex(words: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a ``same_entities`` name in a row, any case, whole (:func:`_entity_phrase`)."""
    body = r"\s+".join(re.escape(w.rstrip("=")) for w in words)
    return re.compile(r"(?<!\w)" + body + r"(?!\w)", re.IGNORECASE)


def _own_name_in(name: str, text: str) -> bool:
    """Whether ``text`` (as written) has ``name`` (lower case) as whole words and as a name of its
    own, inside no longer name: no capitalised word other than "The" right before it, nor one right
    after it or after "of" ("the Strait", "cross-Strait"; not "strategic", "Kerch Strait", "Strait of
    Hormuz"). A lexicon ``same_entities`` member ending in "=" is read so."""
    return _own_name(name).search(text) is not None


@lru_cache(maxsize=1024)
def _own_name(name: str) -> "_OwnName":
    """The :class:`_OwnName` of ``name``, made once (its pattern is compiled when it is made)."""
    return _OwnName(name)


class _OwnName:
    """A name matched as whole words and as a name of its own (:func:`_own_name_in`), with the
    ``finditer`` and ``search`` of a compiled pattern: an English name of a lexicon's ``english_names``
    ending in "=" ("Strait=": "across the Strait", "cross-Strait" are Taiwan's; "the Strait of Hormuz",
    "the Kerch Strait" are not).

    >>> [m.group() for m in _OwnName("Strait").finditer("the Strait of Hormuz, the Kerch Strait, across the Strait")]
    ['Strait']
    """
    def __init__(self, name: str) -> None:
        body = r"\s+".join(re.escape(w) for w in name.split())
        self._pattern = re.compile(_WORD_START + "(?i:" + body + r")(?![0-9A-Za-zА-Яа-яЁё])")
        self.pattern = self._pattern.pattern

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for m in self._pattern.finditer(text):
            before = re.search(r"([\w'’]+)\s+\Z", text[:m.start()])
            if before is not None and before.group(1)[:1].isupper() and before.group(1) != "The":
                continue
            if re.match(r"\s+(?:of\s+)?[A-ZА-ЯЁ]", text[m.end():]):
                continue
            yield m

    def search(self, text: str) -> re.Match[str] | None:
        return next(self.finditer(text), None)


_WORD_START = r"(?<![0-9A-Za-zА-Яа-яЁё])"
_ACRONYM = re.compile(r"([A-ZА-ЯЁ]{2,6})(?:['’]?s)?")


def _stem(word: str) -> str:
    w = _DOUBLED.sub(r"\1", re.sub(r"['’]s$", "", word.lower().strip("'’")))
    return w[:max(4, len(w) - 2)]


# The name tests below compare a point's names with other texts again and again (~80,000 look-ups
# over the corpus's gold links): each word's pattern is compiled once (far more of them than the
# ``re`` module's cache of 512 holds, so it compiled most again), and each text's doubled letters
# are undone once.
@lru_cache(maxsize=1024)
def _undoubled(text: str) -> str:
    """``text`` with each doubled letter once (:data:`_DOUBLED`)."""
    return _DOUBLED.sub(r"\1", text)


@lru_cache(maxsize=8192)
def _stem_regex(word: str) -> tuple[re.Pattern[str], bool]:
    """:func:`_stem_in`'s pattern for ``word``, and whether it reads the haystack undoubled."""
    if (m := _ACRONYM.fullmatch(word)) is not None:
        return re.compile(_WORD_START + re.escape(m.group(1).lower()) + r"(?:['’]?s)?(?![0-9A-Za-zА-Яа-яЁё])"), False
    return re.compile(_WORD_START + re.escape(_stem(word))), True


def _stem_in(word: str, haystack: str) -> bool:
    # Doubled letters count once, so spellings agree: "Councillor" ~ "Councilor", "Mohammed" ~ "Mohamed";
    # the stem opens a word ("UN" is not in "unilateral", "UK" not in "Ukraine"; a Chinese text has no spaces).
    # An acronym is a whole word ("UN" is not "unilateral"; "UN's" and "SRs" are "UN" and "SR").
    pattern, undoubled = _stem_regex(word)
    return pattern.search(_undoubled(haystack) if undoubled else haystack) is not None


@lru_cache(maxsize=8192)
def _word_regex(word: str) -> re.Pattern[str]:
    """:func:`_word_in`'s pattern for ``word`` (no acronym)."""
    return re.compile(_WORD_START + re.escape(_DOUBLED.sub(r"\1", word.lower())) + r"(?:['’]?s)?(?![0-9A-Za-zА-Яа-яЁё])")


def _word_in(word: str, folded: str) -> bool:
    """Whether ``folded`` (a text in lower case) has ``word`` as a whole word, doubled letters
    counting once, with "'s" or "s" after it at most ("Summit" in "the summit"); an acronym as
    :func:`_stem_in` reads it."""
    if _ACRONYM.fullmatch(word) is not None:
        return _stem_in(word, folded)
    return _word_regex(word).search(_undoubled(folded)) is not None


@lru_cache(maxsize=4096)
def _phrase_regex(name: str) -> re.Pattern[str]:
    """:func:`_phrase_in`'s pattern for ``name``."""
    return re.compile(_WORD_START + r"[\w'’]*\W+".join(re.escape(_stem(w)) for w in name.split()))


def _phrase_in(name: str, folded: str) -> bool:
    """Whether ``folded`` (a text in lower case) has every word of ``name`` in a row, each by its
    stem as :func:`_stem_in` reads it ("Joint Communiques" in "the three joint communiques")."""
    return _phrase_regex(name).search(_undoubled(folded)) is not None


@lru_cache(maxsize=8192)
def _capital_regex(word: str) -> re.Pattern[str]:
    """:func:`_capital_in`'s pattern for a capitalised ``word`` (no acronym)."""
    stem = _stem(word)
    return re.compile(_WORD_START + re.escape(stem[:1].upper()) + "(?i:" + re.escape(stem[1:]) + ")")


def _capital_in(word: str, haystack: str) -> bool:
    """Whether ``haystack`` (as written, not folded) has ``word``, a capitalised word of a name, as
    :func:`_stem_in` does and with its capital: "West" of "West Bank" is in "the West Bank" and "the
    West", not in "the western states"; "Bank" not in "the bank". A word of no capital (a function
    word, a Chinese one) or an acronym is looked for as :func:`_stem_in` does."""
    if not word[:1].isupper() or _ACRONYM.fullmatch(word) is not None:
        return _stem_in(word, haystack.lower())
    return _capital_regex(word).search(_undoubled(haystack)) is not None


def _relayed(c: PointCues, act: Act) -> bool:
    """Whether ``act``, inside what another act reports, is reported by a plain statement of the
    point's speaker (``stated``, no commitment, nor itself reported: "He said Putin had congratulated
    him", "Лавров сообщил, что ..."), the nearest act before it."""
    frame = next((x for x in reversed(c.acts) if x.start < act.start), None)
    return frame is not None and frame.name == "stated" and not frame.commits and not frame.content \
        and not frame.past and frame.speaker != "unspecified" and frame.speaker_side == c.speaker_side


def reports_call(c: PointCues, act: Act) -> bool:
    """Whether ``act`` is a statement that reports its own speaker's call from outside it ("Trump said
    he had just spoken with Xi", "Putin told reporters that his telephone conversation with the US
    President had indeed taken place"; lexicon ``call_reports``), with no other act between: the
    point tells that the call took place, as "Biden spoke with Putin" does, and credits no one with
    an act in it, so :func:`compare_cues` weighs neither its speaker nor its strength."""
    lex = lexicon(c.language, warn=False)  # warned when the cues were made
    if lex.call_report is None or act.commits or act.content:
        return False
    if act.strength == 0 and any(y is not act and (end := _call_report_end(c, y, lex)) is not None
                                 and y.end <= act.start < end for y in c.acts):
        return True  # "said he had held a detailed discussion on ...": the talk so reported is the call
    return act.strength <= 1 and _call_report_end(c, act, lex) is not None


def _call_report_end(c: PointCues, act: Act, lex: Lexicon) -> int | None:
    """Where the report of its speaker's call that the statement ``act`` makes ends
    (:func:`reports_call`), no act between but a discussion (strength 0: "said he had held a
    detailed discussion on", whose words are the call's); None where it makes none."""
    if lex.call_report is None or act.strength > 1 or act.commits or act.content:
        return None
    m = lex.call_report.match(_han_read(c.text, lex.language), act.end)
    if m is None or any(act.end <= x.start < m.end() and (x.strength > 0 or x.commits) for x in c.acts):
        return None
    return m.end()


#: What may follow a place's qualifier ("Budapest, Hungary, on Friday", "Siem Reap, Cambodia."): the
#: end of the phrase, not a list that goes on ("Ukraine, Hungary and Serbia", "Ukraine, Hungary, Serbia").
_QUALIFIER_END = re.compile(r"\s*(?:$|[.;:)!?]|,(?!\s*(?:[A-ZА-ЯЁ]|(?i:and|or|и|или)(?!\w))))")
_QUALIFIER_GAP = re.compile(r",[ \t]+")


def _place_qualifiers(pc: PointCues) -> list[Cue]:
    """The entities of a point that only qualify the name right before them, a comma between: the
    country after its city ("Budapest, Hungary", "Zurich, Switzerland, today"). They are no detail of
    their own: "Budapest" against "Budapest, Hungary" is the same place. Not an item of a list
    ("Ukraine, Hungary and Serbia"), nor a name after a list item ("Iran, Iraq, Syria")."""
    ents = pc.entities
    places = lexicon(pc.language, warn=False).place_nouns
    out = []
    for k in range(1, len(ents)):
        x, y = ents[k - 1], ents[k]
        if k >= 2 and _QUALIFIER_GAP.fullmatch(pc.text, ents[k - 2].end, x.start):
            continue
        if _QUALIFIER_GAP.fullmatch(pc.text, x.end, y.start) and _QUALIFIER_END.match(pc.text, y.end):
            out.append(y)
        # an appositive that names the place by its country: "Astana, the Kazakh capital, where ..."
        elif _APPOSITIVE_GAP.fullmatch(pc.text, x.end, y.start) and (m := _APPOSITIVE_NOUN.match(pc.text, y.end)) \
                and m.group(1).lower() in places and _QUALIFIER_END.match(pc.text, m.end()):
            out.append(y)
    return out


_APPOSITIVE_GAP = re.compile(r",[ \t]+the[ \t]+")
_APPOSITIVE_NOUN = re.compile(r"[ \t]+([a-z]+)")


def goes_on(cues: Sequence[PointCues], i: int) -> bool:
    """Whether point ``i`` of a readout (``cues``: all its points) reports no act but goes on with the
    previous point's speaker (:func:`carried_side`).

    >>> from readouts import Readout
    >>> r = Readout.from_text("Wang said the two sides should talk. They should handle differences properly.", side="CN")
    >>> cs = readout_cues(r, counterpart_side="US")
    >>> goes_on(cs, 1), cs[1].speaker_side
    (True, 'CN')
    """
    return carried_side(cues, i) is not None


def carried_side(cues: Sequence[PointCues], i: int) -> str | None:
    """The side whose speaker point ``i`` of a readout (``cues``: all its points) goes on with, where it
    reports no act: its words split off from the previous point's into a point of their own. Either
    the cues credit it to that same side, by a pronoun, an opener or its subject ("Wang said the two
    sides should use strategic dialogue ... . They should handle their differences properly ...",
    "In his words, ...", "China is also willing to ..."), or they credit it to no one and it names no
    actor at all ("Competition should mean learning from each other ...") nor the talk's tone. The previous point reports
    an act by a named speaker, or goes on itself; the opening point, a call frame and who initiated
    the call go on with no one, and so does a point credited to another side.
    """
    pc = cues[i]
    if i == 0 or pc.acts or pc.call_frame or pc.initiative is not None:
        return None
    prev = cues[i - 1]
    if prev.acts:
        before = prev.speaker_side if prev.speaker != "unspecified" else None
    else:
        before = carried_side(cues, i - 1)
    if before is None:
        return None
    if pc.speaker != "unspecified" and pc.speaker_side is not None:
        return before if pc.speaker_side == before else None
    # a point on the talk's own tone ("The conversation was frank and constructive") is the narrator's;
    # a name in a prepositional phrase is no actor ("поставки оружия из России")
    return before if pc.speaker == "unspecified" and not _actors_named(pc) and not pc.tone else None


def owed_by(pc: PointCues, x: Act) -> Mention | None:
    """The actor a modal act ``x`` of point ``pc`` is owed by, where that actor is of another side
    than the point's speaker: the nearest actor earlier in the act's sentence that an obligation
    right after it tells what to do ("美方不得以……为借口……，不得支持……", "The US must not support ...":
    the US). What one side says the other must or must not do is that side's demand, no act of
    the speaker's own to quote as its words. None for an act that is not modal, or is owed by the
    speaker's own side, by both sides, or by no actor.

    >>> pc = point_cues("The US must not support the separatists.", side="CN", counterpart_side="US")
    >>> [(a.text, owed_by(pc, a) and owed_by(pc, a).text) for a in pc.acts]
    [('must', None), ('not support', 'US')]
    """
    if not x.modal:
        return None
    lex = lexicon(pc.language, warn=False)
    text = pc.text
    lo = max((m.end() for m in _SENTENCE_MARK.finditer(text, 0, x.start)), default=0)
    for m in sorted(pc.mentions, key=lambda m: m.start, reverse=True):
        if m.start < lo or m.end > x.start or m.role in ("pronoun", "narrator", "people") or not m.side:
            continue
        if _told(text, m, lex):
            if m.role == "both" or m.side == "both":
                return None
            # with no speaker credited, the readout's own voice speaks: its own side owes its own act
            return m if (m.side != pc.speaker_side if pc.speaker_side else m.role != "own") else None
    return None


def laid_modal(pc: PointCues, x: Act) -> bool:
    """Whether ``x`` is a modal one side lays on the other ("The US should ...", "美方必须……", "США
    следует ..."): the speaker's urging or demand (:func:`_modal_demands`), a word that names no
    speaker. Where the point names none either, it goes on with the speaker before it, whose name
    is what tells who urges, not "should".

    >>> pc = point_cues("The US should stop arming Taiwan.", side="CN", counterpart_side="US")
    >>> [(a.text, laid_modal(pc, a)) for a in pc.acts]
    [('should', True)]
    """
    if x.name not in ("demanded", "urged") or x.modal:
        return False
    lex = lexicon(pc.language, warn=False)
    return any(p.fullmatch(pc.text, x.start, x.end) for p in (*lex.demand_modals, *lex.urge_modals, *lex.obligations))


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t]+$")
_AND_JOINS = re.compile(r"[ \t]+(?:and|и)[ \t]+$", re.IGNORECASE)


def _actors_named(pc: PointCues) -> list[Mention]:
    """The mentions of a point that may name an actor: not a name right after one of the lexicon's
    ``oblique_prepositions`` ("из России", "в Москве"), nor one joined to such a name by "и" ("между
    Россией и США"); the name may open with an adjective ("в Российской Федерации")."""
    preps = lexicon(pc.language, warn=False).oblique_prepositions
    if not preps:
        return list(pc.mentions)
    out, oblique_end = [], -1
    for m in sorted(pc.mentions, key=lambda x: x.start):
        w = _WORD_BEFORE.search(pc.text, 0, m.start)
        if (w is not None and w.group(1).casefold() in preps) or \
                (oblique_end >= 0 and _AND_JOINS.fullmatch(pc.text, oblique_end, m.start)):
            oblique_end = m.end
            continue
        out.append(m)
    return out


def cross_names(pc: PointCues, other_language: str) -> dict[str, Cue]:
    """The names of a point that are compared with a readout in ``other_language`` (one of the two
    English, the other's lexicon having ``english_names``), keyed by their pair ("xname:3"): in an
    English point a named entity that holds one of a pair's English names, in the other an
    occurrence of one of its names in that language.

    >>> x = point_cues("Biden and Xi spoke about Taiwan.", side="US", counterpart_side="CN")
    >>> y = point_cues("习近平阐明了中方在台湾问题上的原则立场。", side="CN", counterpart_side="US")
    >>> [c.text for c in cross_names(x, "zh").values()], [c.text for c in cross_names(y, "en").values()]
    (['Taiwan'], ['台湾'])
    """
    if pc.language == "en":
        pair_lex, native = lexicon(other_language, warn=False), False
    elif other_language == "en":
        pair_lex, native = lexicon(pc.language, warn=False), True
    else:
        return {}
    pairs, common = pair_lex.english_names, pair_lex.english_common
    # read as the cues are (:func:`_seen`): "台\u200b湾" is 台湾; the spans go back into the point's text
    text = pc.text
    seen, starts, ends = _seen(text) if _rereads(text) else (text, None, None)
    seen = _han_read(seen, pc.language)
    affixes = lexicon(pc.language, warn=False).name_affixes if native else ((), (), ())
    found: dict[int, list[tuple[int, int]]] = {}
    # a name in a title is its holder's rank, as it is no named entity ("посланника Президента США по
    # Ближнему Востоку С. Уиткоффа"; :func:`_titles`)
    for k, (en, theirs) in enumerate(pairs):
        for j, pat in enumerate(theirs if native else en):
            # an English name the lexicon writes in lower case is a common noun ("fentanyl"): no
            # named entity needed, as "芬太尼" and "фентанил" need none
            loose = native or (k < len(common) and j < len(common[k]) and common[k][j])
            for m in pat.finditer(seen):
                s, e = _affixed(seen, m.start(), m.end(), affixes)
                s, e = (s, e) if starts is None or ends is None else (starts[s], ends[e - 1])
                if native and any(t0 <= s and e <= t1 for t0, t1 in _title_spans(text, pc.language, pc.mentions)):
                    continue
                # an English name counts as a named entity only ("First Lady" of a title does not)
                if loose or any(x.start <= s and e <= x.end for x in pc.entities):
                    found.setdefault(k, []).append((s, e))
    # a name inside a longer name of another pair is that name's ("Black Sea" of "Black Sea
    # Initiative", "черноморская" of "черноморская зерновая инициатива")
    out: dict[str, Cue] = {}
    for k, spans in found.items():
        for s, e in spans:
            if not any(j != k and s0 <= s and e <= e0 and e0 - s0 > e - s
                       for j, others in found.items() for s0, e0 in others):
                out[f"xname:{k}"] = Cue(s, e, text[s:e])
                break
    return out


def _affixed(text: str, s: int, e: int, affixes: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
             ) -> tuple[int, int]:
    """The span of a name found at ``s:e`` with the prefix and suffix of the lexicon's ``name_affixes``
    right beside it ("新冷战", "亚太经合组织"); a prefix that ends a word of ``not_words`` with the
    character before it ("创新") stays out."""
    prefixes, suffixes, not_words = affixes
    if (pre := next((p for p in prefixes if text.startswith(p, s - len(p))), None)) is not None \
            and not any(text.startswith(w, s - len(w)) for w in not_words if w.endswith(pre)):
        s -= len(pre)
    if (suf := next((x for x in suffixes if text.startswith(x, e)), None)) is not None:
        e += len(suf)
    return s, e


@lru_cache(maxsize=1024)  # each link a point is in asks again
def _title_spans(text: str, language: str, mentions: tuple[Mention, ...]) -> tuple[tuple[int, int], ...]:
    lex = lexicon(language, warn=False)
    text = _han_read(text, lex.language)
    return tuple(_titles(text, mentions, lex) + _titles_before(text, mentions, lex))


def _names_in(pairs: Sequence[tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]]], key: str,
              text: str, native: bool) -> bool:
    """Whether ``text`` (English unless ``native``) gives the name of pair ``key`` ("xname:3"): not
    inside a longer name of another pair, as :func:`cross_names` reads a name ("朝鲜" of "朝鲜半岛" is
    the Korean Peninsula, not the DPRK)."""
    k, side = int(key.split(":")[1]), 1 if native else 0
    seen = _seen(text)[0] if _rereads(text) else text
    seen = fold_traditional(seen) if native else seen  # the other readout's text, in the pair's language
    spans = [(m.start(), m.end()) for p in pairs[k][side] for m in p.finditer(seen)]
    if not spans:
        return False
    longer = [(m.start(), m.end()) for j, pair in enumerate(pairs) if j != k for p in pair[side] for m in p.finditer(seen)]
    return any(not any(s0 <= s and e <= e0 and e0 - s0 > e - s for s0, e0 in longer) for s, e in spans)


#: Spellings of one sound in Latin letters that vary between names and their romanisations: "kh" ~
#: "h", "Yevgeny" ~ "Evgeny", "y", "j" ~ "i" ("Dmitriy", "Dmitrij" ~ "Dmitri"), "Kravetz" ~ "Kravets",
#: "x" ~ "ks", "w" ~ "v" ("Washington" ~ "Vashington"); doubled letters count once.
_LOOSE_SPELLINGS = (("kh", "h"), ("ye", "e"), ("tz", "ts"), ("x", "ks"), ("w", "v"), ("j", "i"), ("y", "i"))
_LETTERS = re.compile(r"[^\W\d_]+")
#: A spelled name shorter than this, loosely spelled, is too common a string to tell one name.
_SPELLED_MIN = 4


def _loose(latin: str) -> str:
    w = latin.lower()
    for x, y in _LOOSE_SPELLINGS:
        w = w.replace(x, y)
    return _DOUBLED.sub(r"\1", w)


#: A vowel, any: how a transliteration writes one varies ("Whelan", "Уилан").
_VOWELS = re.compile(r"[aeiou]")


def _spelled_as(word: str, name: str, lex: Lexicon, bare: bool = False) -> bool:
    """Whether ``word``, a capitalised word of ``lex``'s script, spells ``name``, one word in Latin
    letters, in some case (its ``romanisation``: letters, case endings; with ``bare``, as written
    only: a participant's name in the nominative): loosely as :data:`_LOOSE_SPELLINGS` and "wh" as
    "w", the script's "у" before a vowel opening the word as "w" ("Уиткоффом", "Уолтц"), and any
    vowel as any other, letter by letter ("Уилана" for "Whelan"); four letters at least."""
    target = _VOWELS.sub("a", _loose(name.lower().replace("wh", "w")))
    forms = _spellings(word, lex)
    if bare:
        whole = _loose("".join(dict(lex.romanisation).get(c, "\0") for c in word.lower()))
        forms = frozenset(f for f in forms if f == whole)
    return any(_VOWELS.sub("a", re.sub(r"^u(?=[aeiou])", "v", f)) == target for f in forms)


def _romanising(name: str) -> Lexicon | None:
    """The shipped lexicon whose ``romanisation`` spells every letter of ``name`` (Russian for
    "Дмитриев"), or None."""
    for code in LANGUAGES:
        lex = lexicon(code, warn=False)
        if lex.romanisation and all(c in dict(lex.romanisation) for c in name.lower()):
            return lex
    return None


def _capitalised_words(text: str) -> Iterable[re.Match[str]]:
    # a name's word: a capital, then lower-case letters ("Fogel", "Фогеля"; not "NATO", "США")
    return (m for m in _LETTERS.finditer(text) if m.group()[0].isupper() and m.group()[1:].islower())


def _spellings(word: str, lex: Lexicon) -> frozenset[str]:
    """The loose Latin spellings of a capitalised word (:data:`_LOOSE_SPELLINGS`): an English word's
    own; a word of a script with a ``romanisation`` (that of ``lex``), its Latin letters as written
    and less one case ending ("Фогеля": "fogelia", "fogel"); none for a word of another script or
    too short."""
    return _word_spellings(word, lex.language)


@lru_cache(maxsize=65536)  # each link of a call spells the same words again
def _word_spellings(word: str, language: str) -> frozenset[str]:
    low = word.lower()
    if low.isascii():
        forms = {low}
    else:
        lex = lexicon(language, warn=False)
        letters = dict(lex.romanisation)
        stems = {low} | {low[:-len(e)] for e in lex.name_endings if low.endswith(e) and len(low) - len(e) >= 3}
        forms = {"".join(letters[c] for c in f) for f in stems if all(c in letters for c in f)}
    return frozenset(k for k in map(_loose, forms) if len(k) >= _SPELLED_MIN)


@lru_cache(maxsize=4096)
def _text_spellings(text: str, language: str) -> frozenset[str]:
    """The loose spellings of all capitalised words of ``text`` (:func:`_spellings`)."""
    return frozenset(k for m in _capitalised_words(text) for k in _word_spellings(m.group(), language))


@lru_cache(maxsize=4096)
def _paired_spans(text: str, language: str, english: bool) -> tuple[tuple[int, int], ...]:
    """Spans of ``text`` that hold a name of an ``english_names`` pair of ``language``'s lexicon
    (its English names where ``english``)."""
    pairs = lexicon(language, warn=False).english_names
    return tuple((m.start(), m.end()) for en, native in pairs for pat in (en if english else native)
                 for m in pat.finditer(text))


def spelled_names(cues: Sequence[PointCues], idx: Sequence[int], others: Sequence[PointCues],
                  lex: Lexicon) -> dict[str, tuple[int, Cue]]:
    """The words of named entities of points ``idx`` of one readout (``cues``: all its points) that
    the other readout (``others``: all its points), one of the two in English and the other in the
    language of ``lex`` (with a ``romanisation``), spells in its own script: the same name in two
    scripts ("Fogel", "Фогеля"), keyed by its loose English spelling ("spelled:fogel"). A word of an
    ``english_names`` pair is compared through its pair (:func:`cross_names`); another name the other
    readout never gives is not compared, for it may be translated rather than spelled ("Moscow",
    "Москва"), unless it is a person's surname, right after a given name (lexicon ``given_names``:
    "Marc Fogel", "Пола Уилана"): a person's name is spelled, never translated, so a readout that
    never spells it does not name the person (keyed by its shortest loose spelling, "spelled:uilan").

    >>> en = point_cues("Blinken raised the case of Marc Fogel.", side="US", counterpart_side="RU")
    >>> ru = point_cues("Лавров и Блинкен обсудили дело Фогеля.", side="RU", counterpart_side="US", language="ru")
    >>> lex = lexicon("ru", warn=False)
    >>> [(k, c.text) for k, (_, c) in spelled_names([en], [0], [ru], lex).items()]
    [('spelled:fogel', 'Fogel')]
    >>> ru = point_cues("Лавров и Блинкен обсудили обмен заключёнными.", side="RU", counterpart_side="US", language="ru")
    >>> [(k, c.text) for k, (_, c) in spelled_names([en], [0], [ru], lex).items()]
    [('spelled:fogel', 'Fogel')]
    """
    if not lex.romanisation:
        return {}
    out: dict[str, tuple[int, Cue]] = {}
    if not any(cues[i].entities for i in idx):
        return out
    theirs = frozenset().union(*(_text_spellings(pc.text, lex.language) for pc in others))
    for i in idx:
        pc = cues[i]
        taken = list(_paired_spans(pc.text, lex.language, pc.language == "en")) if pc.entities else []
        for ent in pc.entities:
            words = list(_capitalised_words(ent.text))
            for n, m in enumerate(words):
                s, e = ent.start + m.start(), ent.start + m.end()
                if _overlaps(taken, s, e):
                    continue
                keys = sorted(_spellings(m.group(), lex) & theirs)
                if not keys and n and _surname_after_given(ent.text, words[n - 1], m, lex):
                    keys = sorted(_spellings(m.group(), lex), key=lambda k: (len(k), k))[:1]
                for k in keys:
                    out.setdefault("spelled:" + k, (i, Cue(s, e, pc.text[s:e])))
    return out


def _surname_after_given(text: str, before: re.Match[str], word: re.Match[str], lex: Lexicon) -> bool:
    """Whether ``word`` of ``text`` (a named entity) is a person's surname: the capitalised word
    ``before`` it, with only spaces between, is a given name (the shipped lexicons' ``given_names``,
    matched by sound as :func:`_sound` reads it: "Пола" is "Paul", "Алексея" "Aleksey")."""
    if text[before.end():word.start()].strip(" \u00a0") or before.end() == word.start():
        return False
    low = before.group().lower()
    if low.isascii():
        forms = {low}
    else:
        letters = dict(lex.romanisation)
        stems = {low} | {low[:-len(x)] for x in lex.name_endings if low.endswith(x) and len(low) - len(x) >= 2}
        forms = {"".join(letters[c] for c in f) for f in stems if all(c in letters for c in f)}
    return any(_sound(_loose(f)) in _given_sounds() for f in forms)


@lru_cache(maxsize=1)
def _given_sounds() -> frozenset[str]:
    return frozenset(_sound(_loose(n)) for code in LANGUAGES for n in lexicon(code, warn=False).given_names)


def _sound(loose: str) -> str:
    """A loose Latin spelling (:func:`_loose`) as it sounds, roughly: "u" before a vowel opening it as
    "w" ("uilan", "vhelan": "Уилан", "Whelan"), "wh" as "w", and every run of vowels as one ("grainer",
    "griner"; "baiden", "biden")."""
    w = re.sub(r"^u(?=[aeiou])", "v", loose).replace("vh", "v")
    return re.sub(r"[aeiou]+", "a", w)


def _spelled_in(key: str, text: str, lex: Lexicon) -> bool:
    """Whether ``text`` has a capitalised word of the loose spelling ``key`` ("spelled:fogel"), or of
    its sound (:func:`_sound`: "Уилана" for "spelled:vhelan", "Whelan" for "spelled:uilan")."""
    spelled = _text_spellings(text, lex.language)
    key = key[len("spelled:"):]
    return key in spelled or _sound(key) in {_sound(k) for k in spelled}


def compare_cues(cues_a: Sequence[PointCues], cues_b: Sequence[PointCues], a: Sequence[int],
                 b: Sequence[int]) -> CueShift:
    """Compare the cues of side a's points ``a`` with side b's points ``b`` (one link).

    >>> x = point_cues("Lavrov agreed to meet on 21 January.", side="RU", counterpart_side="US")
    >>> y = point_cues("Lavrov discussed a meeting.", side="US", counterpart_side="RU")
    >>> s = compare_cues([x], [y], [0], [0])
    >>> s.commitment_shift, [c.text for _, c in s.extra_details_a]
    (True, ['21 January'])
    """
    def gather(cues: Sequence[PointCues], idx: Sequence[int]) -> tuple[Any, Any, Any, Any]:
        # a statement that the call took place ("Trump said he had just spoken with Xi") is no act of it
        acts = tuple((i, x) for i in idx for x in cues[i].acts if not reports_call(cues[i], x))
        # Only points that report an act credit a speaker; "Biden spoke with Putin" credits no one; nor
        # does a point with no act, unless it goes on with the previous point's speaker (:func:`carried_side`).
        side = {i: cues[i].speaker_side for i in idx if any(j == i for j, _ in acts) and cues[i].speaker != "unspecified"
                and cues[i].speaker_side}
        side.update({i: s for i in idx if i not in side and (s := carried_side(cues, i))})
        who = [i for i in idx if i in side]
        actors = frozenset(side.values())
        spk = tuple((i, cues[i].speaker_span) for i in who if cues[i].speaker_span)
        # a later act of another speaker is theirs too ("They talked about ..., and Sullivan stressed
        # ..."): not one it reports ("said the US agreed"), nor one recalled from before the call
        more = [(i, x) for i, x in acts if i in side and x.speaker in ("own", "counterpart", "both")
                and x.speaker_side and x.speaker_side not in actors and not x.content and not x.past]
        # a side's act that a plain statement reports ("He said Putin had congratulated him"): the point
        # credits that side with it too, as the other readout's "Putin congratulated Trump" does. Not
        # an agreement ("Lavrov said the US had agreed"): the reporter's claim, which the other side
        # may not confirm, stays the reporter's alone
        more += [(i, x) for i, x in acts if i in side and x.content and x.speaker in ("own", "counterpart")
                 and x.speaker_side and x.speaker_side not in actors
                 and not (x.past or x.modal or x.negated or x.commits) and _relayed(cues[i], x)]
        actors |= {x.speaker_side for _, x in more}
        spk += tuple(dict.fromkeys((i, x.speaker_span) for i, x in more if x.speaker_span
                                   and x.speaker_span != cues[i].speaker_span))
        details = {k: (i, v) for i in idx for k, v in cues[i].details.items()
                   if not (k.startswith("ent:") and any(v is e for e in _place_qualifiers(cues[i])))}
        # a number the point spells out matches the other side's digits ("three" ~ "3")
        details.update({"num:" + k: (i, None) for i in idx for k in cues[i].spelled_numbers
                        if "num:" + k not in details})
        text = unicodedata.normalize("NFC", " ".join(cues[i].text for i in idx))  # as the cues were read
        return acts, actors, spk, (details, text)

    acts_a, actors_a, spk_a, (det_a, text_a) = gather(cues_a, a)
    acts_b, actors_b, spk_b, (det_b, text_b) = gather(cues_b, b)
    same_lang = all(cues_a[i].language == cues_b[j].language for i in a for j in b)
    lex = lexicon(next((cues_a[i].language for i in a), None), warn=False)  # warned when the cues were made
    langs = {cues_a[i].language for i in a} | {cues_b[j].language for j in b}
    pairs: tuple[tuple[tuple[re.Pattern[str], ...], tuple[re.Pattern[str], ...]], ...] = ()
    native_lex = lex
    if not same_lang and len(langs) == 2 and "en" in langs:
        # names across two languages: those of a pair of the lexicon's ``english_names`` (:func:`cross_names`)
        for cues, idx, det in ((cues_a, a, det_a), (cues_b, b, det_b)):
            for i in idx:
                other = next(iter(langs - {cues[i].language}))
                for k, v in cross_names(cues[i], other).items():
                    det.setdefault(k, (i, v))
        native_lex = lexicon(next(iter(langs - {"en"})), warn=False)
        pairs = native_lex.english_names
        # and names spelled in both scripts ("Fogel", "Фогеля"): :func:`spelled_names`
        for cues, idx, det, others in ((cues_a, a, det_a, cues_b), (cues_b, b, det_b, cues_a)):
            for k, v in spelled_names(cues, idx, others, native_lex).items():
                det.setdefault(k, v)

    def extra(mine: dict[str, tuple[int, Cue]], theirs: dict[str, tuple[int, Cue]], other_text: str,
              other_lang: str | None, cues: Sequence[PointCues]) -> tuple:
        out = []
        folded = other_text.lower()
        for k, (i, cue) in sorted(mine.items(), key=lambda kv: (kv[1][0], kv[1][1].start if kv[1][1] else -1)):
            if k in theirs or cue is None:  # a spelled-out number is no detail of its own
                continue
            if k.startswith("xname:") and _names_in(pairs, k, other_text, native=other_lang != "en"):
                continue
            if k.startswith("spelled:") and _spelled_in(k, other_text, native_lex):
                continue
            if k.startswith("ent:"):
                # Names are compared only within one language, by a crude stem ("Ukraine's" ~ "Ukraine"):
                # present when half its words are ("Gaza Strip" ~ "Gaza", "New START Treaty" ~ "New
                # START"), or as an acronym ("IAEA" ~ "International Atomic Energy Agency")
                if not same_lang:
                    continue
                # a name inside a longer name of ``same_entities`` ("Nazism" of "victory over Nazism") is
                # there where the other side gives another name of that thing ("Victory in Europe Day")
                if (phrase := _entity_phrase(cues[i].text, cue.start, cue.end, lex)) \
                        and _named_otherwise(phrase, other_text, lex):
                    continue
                # a larger event that the other side names by an event inside it ("Second World War"
                # against "Victory in Europe Day"; lexicon ``implied_entities``)
                if lex.implied_entities and _implied_otherwise(cue.text, other_text, lex):
                    continue
                name = unicodedata.normalize("NFC", cue.text)
                # a name with its acronym in brackets ("... Border Affairs (WMCC)") is there where the
                # other side gives the acronym, or the name, or another name of the acronym's (lexicon
                # ``same_entities``: "(WMCC)" against "border-affairs consultations")
                if (acr := _BRACKETED_ACRONYM.search(name)) is not None and acr.end() == len(name):
                    if _stem_in(acr.group(1), folded) or _named_otherwise(acr.group(1), other_text, lex):
                        continue
                    name = name[:acr.start()]
                # the function words inside a name ("for", "and" of "... for Consultation and
                # Coordination") are in any text: no sign that it gives the name
                words = [w for w in name.split() if len(w) > 2 and not (w.islower() and w in lex.not_entities)] \
                    or name.split()
                named = _named_otherwise(name, other_text, lex)
                # a word of the name inside another name of the other side's is no sign of this one:
                # "Korea" of "South Korea" against "North Korea", "Kim" of "Kim Yo Jong" against "Kim
                # Jong Un", "Sea" of "Black Sea" against "Red Sea"; a shorter form of it still is ("Gaza"
                # against "Gaza Strip")
                others = [c for t, (_, c) in theirs.items() if t.startswith("ent:") and c is not None]
                rest = _without_other_names(name, folded, others, lex)
                # the words of a name of several words count with their capitals: "West Bank" is not in
                # "the bank", nor "Black Sea" in "the sea" (case ignored, "bank" stood for "Bank");
                # the whole name, in any case, still is ("the three joint communiques")
                if len(name.split()) > 1:
                    if _phrase_in(name, rest):
                        continue
                    cased = _without_other_names(name, other_text, others, lex, cased=True)
                    found = sum(_capital_in(w, cased) or _stem_in(w, named) for w in words)
                elif lex.lower_adjectives:
                    found = sum(_stem_in(w, rest) or _stem_in(w, named) for w in words)
                else:
                    # a one-word name by its stem only in a capitalised word ("Ukrainian", "Chinese",
                    # "Myanmar's"), or as itself in lower case ("the summit"): "Strait" is not in
                    # "strategic", "Party" not in "partners"
                    cased = _without_other_names(name, other_text, others, lex, cased=True)
                    found = sum(_capital_in(w, cased) or _word_in(w, rest) or _stem_in(w, named) for w in words)
                if found == len(words) or (len(words) > 1 and 2 * found >= len(words)) or _acronym_of(name, other_text):
                    continue
            if k.startswith("num:") and any(k[4:].lstrip("0") == t.split("-")[-1].lstrip("0") for t in theirs
                                            if t.startswith("date:")):
                continue
            out.append((i, cue))
        return tuple(out)

    return CueShift(a=tuple(a), b=tuple(b), acts_a=acts_a, acts_b=acts_b,
                    actors_a=actors_a, actors_b=actors_b, speakers_a=spk_a, speakers_b=spk_b,  # type: ignore[arg-type]
                    extra_details_a=extra(det_a, det_b, text_b, next((cues_b[j].language for j in b), None), cues_a),
                    extra_details_b=extra(det_b, det_a, text_a, next((cues_a[i].language for i in a), None), cues_b))
