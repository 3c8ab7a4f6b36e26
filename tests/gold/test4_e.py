"""Hand gold for part E of the test4 split (tests/corpus/test4/, index_e.json): three Wikinews articles.

Written by an independent annotator (part e) by reading each article under tests/gold/README.md, before any
rule was scored on them and without running the tool or looking at how it reads articles; quotes are copied
by hand and build_gold.evidence refuses any that is not verbatim.

Source: the AMALGUM corpus (gucorpling/amalgum, amalgum/news/dep/AMALGUM_news_{ceasefire,darfur,kashmir}.conllu),
English Wikinews articles (CC BY 2.5), rebuilt from the `# text = ` lines in order (paragraphs from the corpus's
newpar marks / the <p> elements of amalgum/news/xml), skipping headline, dateline, image captions and, in the
Darfur article, the bold pull-quote ("An Antonov flew ..." / "— Witness to the Silea attack") that repeats a
body paragraph. Three regions: the Gaza war (Middle East, 2009), Darfur (Africa, 2008), Kashmir (South Asia, 2018).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
GAZA_OLMERT = (
    "Yesterday Israeli Prime Minister Ehud Olmert held a press conference to announce that Israel would observe a "
    "unilateral ceasefire in their offensive in the Gaza Strip, but that Israeli troops would remain in Gaza."
)
GAZA_HAMAS_FIRES = "Despite the ceasefire, Hamas continues to fire rockets into Israel."
GAZA_ISRAEL_CLAIMS = "Israel claims it began its offensive in order to stop rockets that Hamas was firing into Israel."
GAZA_MUST_STOP = (
    "He also stated that in order for the Israeli to withdraw from Gaza, Hamas \"must stop firing rockets\" into "
    "Israel, but that excessive rocket fire would cause the Israel Defense Forces to \"respond with force\"."
)
GAZA_BARHOUM = (
    "\"The occupier must halt his fire immediately and withdraw from our land and lift his blockade and open all "
    "crossings and we will not accept any one Zionist soldier on our land, regardless of the price that it costs,\" "
    "said Fawzi Barhoum, a Hamas spokesman."
)

DARFUR_REPORT = (
    "A United Nations report released Thursday states that recent attacks carried out on four villages in Darfur by "
    "the Sudanese military and armed miltias were a violation of international law."
)
DARFUR_CAMPAIGN = (
    "The attacks were part of a Sudanese military campaign to regain control of West Darfur's northern corridor and "
    "drive out rebel insurgents from the Justice and Equality Movement (JEM)."
)
DARFUR_DELIBERATE = (
    "The damage to civilians was deemed to be a \"deliberate and integral part\" of the military strategy."
)
DARFUR_ACCUSED = (
    "In failing to \"distinguish between civilian objects and military objectives\", the UN accused the Sudanese "
    "military of violating international humanitarian law."
)
DARFUR_JEM_DENOUNCED = (
    "The activities of the JEM were also denounced, as they were found to be in violation of the 2004 N'Djamena "
    "Ceasefire Agreement."
)
DARFUR_JANJAWEED = (
    "Witnesses described the attackers as Arab men called Janjaweed, who have had the assistance of the Sudanese "
    "government."
)
DARFUR_TORCHING = (
    "After exchanging fire with the JEM, they entered the town, where they started torching homes and shooting at "
    "civilians."
)
DARFUR_SILEA_WITNESS = (
    "One witness of the Silea attack reported, \"An Antonov flew into the area and dropped three bombs ..."
)
DARFUR_LOOTING = "I witnessed SAF and Janjaweed looting houses, shops and NGO offices."
DARFUR_ALONG_WITH = (
    "In the other three villages, witnesses reported seeing Antonov planes and military helicopters along with the "
    "armed militiamen and Sudanese troops."
)
DARFUR_RAPE = (
    "An eyewitness reported four girls being taken into a hut and raped at gunpoint by Sudanese soldiers."
)
DARFUR_OFFICIAL_MET = "On March 3, the UN met with a West Darfur security official to address their concerns."
DARFUR_OFFICIAL_ARGUED = (
    "The official argued that the JEM had taken control of the villages and a deployment of troops was necessary to "
    "regain these areas."
)
DARFUR_OFFICIAL_DENIED = (
    "He also denied that the Sudanese military was involved in the Saraf Jidad attacks, stating they were done by "
    "Arab tribes who had nothing to do with the military campaign."
)

KASHMIR_RELEASED = (
    "On Thursday, the United Nations (UN) released its first-ever report for Kashmir, highlighting several incidents "
    "of alleged human rights violations in the last two years in the Indian state of Jammu and Kashmir as well as "
    "Pakistani-administered areas of Kashmir, namely Gilgit-Baltistan and Azad Kashmir."
)
KASHMIR_DENOUNCED = (
    "The Indian Ministry of External Affairs (MEA) denounced the 49-page report by the UN Office of the High "
    "Commissioner for Human Rights, calling it \"selective\", \"malicious\" and \"fallacious\"."
)
KASHMIR_MENTIONS = (
    "The report mentions human rights violations including torture, enforced disappearances, sexual violations, "
    "administrative detention, violations on the right to health and education, lack of access to justice and "
    "arbitrary arrests and detention among others."
)
KASHMIR_PAKISTAN_ASKED = (
    "Per the report, Pakistan was asked to stop \"misuse of anti-terror legislation to persecute those engaging in "
    "peaceful political and civil activities and those who express dissent.\""
)
KASHMIR_WANI = (
    "In July 2016, Indian security forces killed the Hizbul Mujahideen leader Burhan Muzaffar Wani, which led to "
    "protests in the Kashmir Valley."
)
KASHMIR_PELLETS = (
    "In response to the protests, Indian security forces fired metallic pellets, and their activities led to human "
    "rights violation, the UN report read."
)
KASHMIR_145 = "It also accused India of the unlawful killing of about 145 civilians since 2016."
KASHMIR_PREJUDICED = "It is overtly prejudiced and seeks to build a false narrative."
KASHMIR_SOVEREIGNTY = "The report violates India's sovereignty and territorial integrity."
KASHMIR_INCORRECT = (
    "The incorrect description of Indian territory in the report is mischievous, misleading and unacceptable."
)
KASHMIR_OCCUPATION = (
    "Pakistan is in illegal and forcible occupation of a part of the Indian state through aggression."
)
KASHMIR_VACATE = "We have repeatedly called upon Pakistan to vacate the occupied territories."
KASHMIR_MINISTRY_SAID = (
    "There are no entities such as 'Azad Jammu and Kashmir' and 'Gilgit-Baltistan'\", India's External Affairs "
    "ministry said in their statement."
)
KASHMIR_PAKISTAN_WELCOMES = (
    "In a press release, the Foreign Office said Pakistan \"welcomes the proposal by the UN High Commissioner for "
    "Human Rights to establish a Commission of Inquiry for [an] international investigation into human rights "
    "violations\" in Indian-held Kashmir."
)
KASHMIR_MIRWAIZ = (
    "Kashmiri leader Mirwaiz Umar Farooq wrote on Twitter, \"People of Kashmir thank the U.N., especially the bold "
    "efforts of its HR commissioner, Zeid Ra'ad Al Hussein, for its support to the right of self-determination.\""
)
KASHMIR_WARS = (
    "The Kashmir-conflict between India and Pakistan has led to two wars since their independence in 1947."
)

GOLD = {
    # Middle East: Israel declares a unilateral ceasefire in its Gaza offensive; Hamas rejects it and keeps firing.
    "2009-01-18-israel-announces-ceasefire-in-gaza-strip-rocket-fire-into-is": [
        P("Israel", "state", GAZA_OLMERT, GAZA_HAMAS_FIRES,
          aliases=["Israeli", "Israel Defense Forces", "IDF", "Israeli army", "Israeli military",
                   "Israel Security Agency", "the occupier", "Zionist"]),
        P("Hamas", "armed_group", GAZA_HAMAS_FIRES, GAZA_ISRAEL_CLAIMS),
        # Olmert's "Hamas must stop firing rockets" is the same allegation as "Israel claims ... rockets that Hamas
        # was firing into Israel": one item, two quotes.
        X("Israel", "Hamas", "firing rockets into Israel; must stop firing rockets",
          GAZA_ISRAEL_CLAIMS, GAZA_OLMERT, GAZA_MUST_STOP),
        # Barhoum's demands charge Israel ("the occupier", "Zionist soldier") with two different things: occupying
        # and firing on "our land", and the blockade of the crossings.
        X("Hamas", "Israel", "the occupier must halt his fire immediately and withdraw from our land",
          GAZA_BARHOUM, speaker="Fawzi Barhoum"),
        X("Hamas", "Israel", "lift his blockade and open all crossings",
          GAZA_BARHOUM, speaker="Fawzi Barhoum"),
        # Not items: "Despite the ceasefire, Hamas continues to fire rockets" and the Press TV rocket count are the
        # article's and a news agency's own report; "the reason for Hamas to fire these rockets is that Israel blocks
        # transport" is the journalist's explanation; Sarkozy (France) saying "all three (the invasion, the rockets
        # and the blockade) have to stop" is a call naming no accused, so France is neither party nor mediator;
        # Olmert's "If our enemies decide to strike" names nobody; his claims that Hamas's missile factories and
        # smuggling tunnels were destroyed are claims of Israel's own success; Hamas's "not enough" is a rejection.
    ],
    # Africa: a UN report finds Sudanese army and militia attacks on West Darfur villages violated international law.
    "2008-03-20-un-military-attacks-on-darfur-violated-international-law": [
        P("Sudan", "state", DARFUR_CAMPAIGN, DARFUR_REPORT,
          aliases=["Sudanese", "Sudanese military", "Sudanese government", "Sudanese troops", "Sudanese soldiers",
                   "SAF"]),
        P("Justice and Equality Movement", "armed_group", DARFUR_CAMPAIGN,
          aliases=["JEM", "rebel insurgents"]),
        # The attackers "called Janjaweed" are the "armed miltias"/"armed militiamen" of the report; the Sudanese
        # official's "Arab tribes" are taken as the same Arab militia (doubt: he may mean other tribesmen).
        P("Janjaweed", "armed_group", DARFUR_JANJAWEED, DARFUR_REPORT,
          aliases=["armed miltias", "armed militiamen", "Arab men", "Arab tribes", "the attackers"]),
        # The UN (report by the High Commissioner for Human Rights and the UN African Union Mission in Darfur) only
        # reports and condemns: no party; the mission is peacekeeping, not mediation.
        A(["Sudan", "Janjaweed"], "military_support", DARFUR_JANJAWEED, DARFUR_ALONG_WITH),
        X("United Nations", "Sudan",
          "attacks were a violation of international law; violating international humanitarian law",
          DARFUR_REPORT, DARFUR_ACCUSED),
        X("United Nations", "Janjaweed", "attacks were a violation of international law",
          DARFUR_REPORT),
        # Passive in form, but the paragraph is the report's findings and the next sentence names the UN.
        X("United Nations", "Sudan",
          "damage to civilians a deliberate and integral part of the military strategy; failing to distinguish "
          "between civilian objects and military objectives",
          DARFUR_DELIBERATE, DARFUR_ACCUSED, DARFUR_CAMPAIGN),
        X("United Nations", "Justice and Equality Movement",
          "in violation of the 2004 N'Djamena Ceasefire Agreement",
          DARFUR_JEM_DENOUNCED, DARFUR_ACCUSED),
        # Witnesses (acting for no state or group) accuse named attackers; the unnamed attackers of the victims'
        # own stories ("in military uniforms", "an armed man", "the attackers in Sirba") are not items.
        X("Witnesses", "Janjaweed", "torching homes and shooting at civilians",
          DARFUR_JANJAWEED, DARFUR_TORCHING),
        X("Witnesses", "Sudan", "looting houses, shops and NGO offices",
          DARFUR_SILEA_WITNESS, DARFUR_LOOTING),
        X("Witnesses", "Janjaweed", "looting houses, shops and NGO offices",
          DARFUR_SILEA_WITNESS, DARFUR_LOOTING),
        X("Witnesses", "Sudan", "four girls raped at gunpoint by Sudanese soldiers",
          DARFUR_RAPE),
        # The West Darfur security official speaks for Sudan. His denial of army involvement is no item, but the
        # blame he puts on JEM and on "Arab tribes" is.
        X("Sudan", "Justice and Equality Movement", "the JEM had taken control of the villages",
          DARFUR_OFFICIAL_MET, DARFUR_OFFICIAL_ARGUED, speaker="West Darfur security official"),
        X("Sudan", "Janjaweed", "the Saraf Jidad attacks were done by Arab tribes",
          DARFUR_OFFICIAL_MET, DARFUR_OFFICIAL_DENIED, speaker="West Darfur security official"),
    ],
    # South Asia: the first UN human rights report on Kashmir accuses India and Pakistan; India rejects it and
    # accuses Pakistan of occupation, Pakistan welcomes it.
    "2018-06-17-un-releases-first-ever-human-rights-report-on-kashmir": [
        P("India", "state", KASHMIR_DENOUNCED, KASHMIR_WARS,
          aliases=["Indian", "Indian Ministry of External Affairs", "MEA", "India's External Affairs ministry",
                   "Indian security forces", "Indian authorities"]),
        P("Pakistan", "state", KASHMIR_PAKISTAN_ASKED, KASHMIR_WARS,
          aliases=["Pakistani", "Foreign Office"]),
        # The UN office is at the centre of the dispute (its report accuses both states; India denounces it).
        P("United Nations", "international_organisation", KASHMIR_RELEASED, KASHMIR_DENOUNCED,
          aliases=["UN", "U.N.", "UN Office of the High Commissioner for Human Rights",
                   "UN High Commissioner for Human Rights"]),
        # Targeted by Indian forces (its leader killed): a side of the armed conflict (doubt: background only).
        P("Hizbul Mujahideen", "armed_group", KASHMIR_WANI),
        A(["Pakistan", "United Nations"], "political_support", KASHMIR_PAKISTAN_WELCOMES),
        A(["Mirwaiz Umar Farooq", "United Nations"], "political_support", KASHMIR_MIRWAIZ),
        X("United Nations", "India", "alleged human rights violations in the Indian state of Jammu and Kashmir",
          KASHMIR_RELEASED, KASHMIR_MENTIONS),
        X("United Nations", "Pakistan", "alleged human rights violations in Pakistani-administered areas of Kashmir",
          KASHMIR_RELEASED, KASHMIR_MENTIONS),
        X("United Nations", "Pakistan",
          "misuse of anti-terror legislation to persecute those engaging in peaceful political and civil activities "
          "and those who express dissent",
          KASHMIR_PAKISTAN_ASKED, KASHMIR_RELEASED),
        X("United Nations", "India", "fired metallic pellets, and their activities led to human rights violation",
          KASHMIR_PELLETS),
        X("United Nations", "India", "unlawful killing of about 145 civilians since 2016",
          KASHMIR_PELLETS, KASHMIR_145),
        X("India", "United Nations",
          "selective, malicious and fallacious; overtly prejudiced and seeks to build a false narrative",
          KASHMIR_DENOUNCED, KASHMIR_PREJUDICED, speaker="Indian Ministry of External Affairs"),
        X("India", "United Nations",
          "the report violates India's sovereignty and territorial integrity; incorrect description of Indian "
          "territory is mischievous, misleading and unacceptable",
          KASHMIR_SOVEREIGNTY, KASHMIR_INCORRECT, KASHMIR_MINISTRY_SAID, KASHMIR_DENOUNCED,
          speaker="India's External Affairs ministry"),
        X("India", "Pakistan",
          "illegal and forcible occupation of a part of the Indian state through aggression; vacate the occupied "
          "territories",
          KASHMIR_OCCUPATION, KASHMIR_VACATE, KASHMIR_MINISTRY_SAID, speaker="India's External Affairs ministry"),
        # Pakistan endorses an inquiry "into human rights violations" in "Indian-held Kashmir": it alleges them.
        X("Pakistan", "India", "human rights violations in Indian-held Kashmir",
          KASHMIR_PAKISTAN_WELCOMES, speaker="Foreign Office"),
        # Not items: "Cross-border terror and incitement are aimed at suppressing the will of the people" names no
        # accused (Pakistan is meant, but not named); the report's requests that India repeal the Armed Forces
        # Special Powers Act and "fully respect the right of self-determination" are calls; Hussein not being
        # allowed to visit is the article's report; Khurram Parvez welcoming the report is a comment.
    ],
}
