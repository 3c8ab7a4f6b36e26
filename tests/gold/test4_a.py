"""Hand gold for part A of the test4 split (tests/corpus/test4/, index_a.json): three undated English Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule
was scored on them and without running the tool or reading how it reads articles; quotes are copied by
hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews article bodies (CC BY 2.5) as collected in the public repository
dimitrakatseli/Wikinews (NLPdata/articleen.txt, the same bodies as data/english.json). The collection
holds 49 pages, few about conflict; the bodies give no full date, so "date" is null. Kept: the insurgency
in Assam (ULFA bombings), the killing in Kashmir of a suspect in the 2006 Varanasi bombings, and a British
Jewish group's dispute with the Board of Deputies over Israel. Left out: articles whose linked names were
stripped (the US sergeant charged over Afghan killings, the English Defence League march) and articles
with no accuser naming an accused (the Somali pirates, the Iraqi presidency).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
ASSAM_FIRST = (
    "Normal life in the Asom continued to be disturbed for third day in a row on Saturday following the series "
    "of subversive activities engineered by the banned United Liberation Front of Asom(ULFA)."
)
ASSAM_RED_ALERT = (
    "In the latest incident, Police on Saturday morning sounded red alert in the Guwahati city as an explosive "
    "timer device found in front of Kamrup SP office in Panbazar."
)
ASSAM_TIFFIN = (
    "\"The recovered device was kept in a Tiffin box, which was programmed to explode at 6:15 [IST] in the "
    "evening,\" said police sources adding that the hand of ULFA was suspected."
)
ASSAM_DEORI = (
    "According to police, at least six persons injured when a bomb exploded in the house of one Milan Deori in "
    "Rupaisiding- Tapoban-Tiniali area in the Tinsukia district allegedly planted by ULFA militants."
)
ASSAM_PIPELINES = (
    "Besides this the outfit reportedly blew off four Oil pipelines belonging to Assam Gas Company Limited and "
    "Oil India Limited (OIL) successively at two places in the Dibrugarh district last night."
)
ASSAM_ARMY = (
    "In another incident, at least three army personnel injured when militants hurled grenade at an army truck "
    "at Doomdooma in Tinsukia district at around 8 p.m. IST yesterday."
)
VARANASI_SHOT = (
    "The main suspect in the 7th March bombings in Varanasi, was shot dead by Indian security forces in "
    "Handwara area of North Kashmir early this morning."
)
VARANASI_ZUBAIR = (
    "Abu Zubair, an operative of the Pakistan-based terrorist group Harkat-ul-Jehadi-Islamia was gunned down in "
    "a joint operation involving Jammu & Kashmir State Police Special Task Force and the Indian Army."
)
VARANASI_KUMAR = (
    "\" On specific information, Zubair was killed in a fierce encounter in Handwara \" said Nitish Kumar, a "
    "police official, adding the man was considered to have played a leading role in the Varanasi attacks."
)
IJV_LAUNCH = (
    "A group of almost 150 prominent British Jews has launched a new organisation, Independent Jewish Voices, "
    "and criticized the British Jewish establishment for its uncritical views on Israel."
)
IJV_LETTER = (
    "An open letter titled \"A Time to Speak Out: Independent Jewish Voices\" was published in Monday's edition "
    "of the ''Times of London'' and reprinted on the ''Guardian'''s online site, stated that the group has "
    "\"come together in the belief that the broad spectrum of opinion among the Jewish population of this "
    "country is not reflected by those institutions which claim authority to represent the Jewish community as "
    "a whole\" and that the leaders of Britain's Jewish community, the Board of Deputies, has \"consistently "
    "put support for the policies of an occupying power above the human rights of an occupied people,\" "
    "referring to Israel and the Palestinians in the West Bank and Gaza strip areas, which have been occupied "
    "and illegally settled by Israel since 1967."
)
IJV_SIGNED = (
    "The letter was signed by over 140 prominent writers, actors, academics and intellectuals including author "
    "and writer Stephen Fry, academic Brian Klug, historian Eric Hobsbawm and film director Mike Leigh."
)
IJV_KLUG = (
    "Klug, in an article published in ''the Guardian'' announcing the launch of the group, argues for its "
    "necessity by asserting that the Board of Deputies actions in defence of Israel \"suggests that British "
    "Jewry, speaking with one voice, stands solidly behind the Israeli government and its military "
    "operations,\" despite the fact that, according to Klug, \"Jews were deeply divided over Israel's campaigns "
    "in Gaza and Lebanon last year.\""
)
IJV_AJC = (
    "The launching of the new group comes on the heels of a dispute within the American Jewish community after "
    "the American Jewish Congress published an essay titled \"Progressive Jewish Thought and the New "
    "Anti-Semitism\" in which criticism by liberal Jews of Israel was criticized as facilitating antisemitism."
)

GOLD = {
    # Asia: a string of bombings in Assam, the pipelines of two oil and gas companies among the targets.
    "undated-rebels-blow-up-oil-pipelines-in-assam": [
        P("United Liberation Front of Asom", "armed_group", ASSAM_FIRST, ASSAM_TIFFIN,
          aliases=["ULFA", "United Liberation Front of Asom(ULFA)", "the banned outfit", "the outfit",
                   "ULFA militants", "banned United Liberation Front of Asom"]),
        # The targeted state: its police (red alert, the Kamrup SP office) and army (the grenade attack).
        # Known gap: the article never names India; police and army are its organs here.
        P("India", "state", ASSAM_RED_ALERT, ASSAM_ARMY,
          aliases=["Police", "police", "police sources", "Police source", "army"]),
        # The two companies whose pipelines were blown up: targeted sides of the attacks the title reports.
        P("Oil India Limited", "other", ASSAM_PIPELINES, aliases=["OIL"]),
        P("Assam Gas Company Limited", "other", ASSAM_PIPELINES),
        # The police speak for the state (README: the state is the accuser, the office the speaker).
        X("India", "United Liberation Front of Asom",
          "explosive timer device found in front of Kamrup SP office; the hand of ULFA was suspected",
          ASSAM_RED_ALERT, ASSAM_TIFFIN, speaker="police sources"),
        X("India", "United Liberation Front of Asom",
          "bomb exploded in the house of Milan Deori, allegedly planted by ULFA militants",
          ASSAM_DEORI, speaker="police"),
        # Not items: "engineered by the banned United Liberation Front of Asom" is the article's own report;
        # the five Friday blasts "suspected to be triggered by the banned outfit" name no accuser; the outfit
        # "reportedly blew off" the pipelines is unattributed (the police source that follows only describes
        # the blasts); the train bomb and the grenade attack ("militants") name no accused.
    ],
    # Asia: Indian forces kill in Kashmir the main suspect in the March 2006 Varanasi bombings.
    "undated-varanasi-bombings-suspect-shot-in-kashmir": [
        P("India", "state", VARANASI_SHOT, VARANASI_ZUBAIR,
          aliases=["Indian", "Indian security forces", "Indian Army",
                   "Jammu & Kashmir State Police Special Task Force"]),
        # Abu Zubair acts for the group (README: a person acting for a group is no actor of his own).
        P("Harkat-ul-Jehadi-Islamia", "armed_group", VARANASI_ZUBAIR,
          aliases=["Pakistan-based terrorist group Harkat-ul-Jehadi-Islamia", "Pakistan-based terrorist group"]),
        X("India", "Harkat-ul-Jehadi-Islamia", "played a leading role in the Varanasi attacks",
          VARANASI_ZUBAIR, VARANASI_KUMAR, speaker="Nitish Kumar"),
        # Not items: "terrorist group" and "main suspect" are the article's own words (no accuser);
        # Pakistan is only where the group is based and where Zubair was fleeing to: no party, no tie.
    ],
    # Europe / Middle East: a new British Jewish group accuses the Board of Deputies over its support for Israel.
    "undated-new-uk-jewish-group-formed-differs-with-board-of-deputies-ov": [
        P("Independent Jewish Voices", "other", IJV_LAUNCH, IJV_LETTER,
          aliases=["the group", "the new group", "A group of almost 150 prominent British Jews"]),
        P("Board of Deputies", "other", IJV_LAUNCH, IJV_LETTER,
          aliases=["the British Jewish establishment", "leaders of Britain's Jewish community",
                   "the leaders of Britain's Jewish community, the Board of Deputies"]),
        # The support IJV charges the Board with: a declared political tie to Israel.
        A(["Board of Deputies", "Israel"], "political_support", IJV_LETTER, IJV_KLUG),
        # One allegation said twice (the launch sentence and the letter): uncritical support for Israel's policies.
        X("Independent Jewish Voices", "Board of Deputies",
          "uncritical views on Israel; consistently put support for the policies of an occupying power above the "
          "human rights of an occupied people",
          IJV_LAUNCH, IJV_LETTER, speaker="open letter \"A Time to Speak Out\""),
        X("Independent Jewish Voices", "Board of Deputies",
          "the broad spectrum of opinion among the Jewish population is not reflected by those institutions which "
          "claim authority to represent the Jewish community",
          IJV_LETTER, speaker="open letter \"A Time to Speak Out\""),
        # Klug signs the letter and writes for the group at its launch: the group accuses, Klug speaks.
        X("Independent Jewish Voices", "Board of Deputies",
          "actions in defence of Israel suggest that British Jewry, speaking with one voice, stands solidly behind "
          "the Israeli government and its military operations",
          IJV_SIGNED, IJV_KLUG, speaker="Brian Klug"),
        X("American Jewish Congress", "liberal Jews", "criticism of Israel facilitating antisemitism",
          IJV_AJC),
        # Not items: "occupied and illegally settled by Israel since 1967" is the article's own wording; Israel
        # and the Palestinians are what the dispute is about, not sides of it; the American Jewish Congress
        # dispute is background, so its sides are no parties.
    ],
}
