"""Hand gold for part a of the test8 split (tests/corpus/test8/, index_a.json): three 2007-2013 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{chemical,denies,cluster}.conllu). Stored versions read:
chemical at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b, denies and cluster at
735dbbd74f167b4a95026527271fba0893b76d57 (all three untokenised in their `# text` lines, no `# meta` lines, no
`# newpar` marks, so each body is one paragraph). The body was rebuilt from the `# text` lines: headline and
dateline dropped in all three; sentences joined by one space, none where the sentence's last token has
SpaceAfter=No (chemical: the opening quote mark of Gaye's quote is stored as a sentence of its own and runs
straight into "Initially the ceasefire ..."; denies: the same for Rice's quote before "There is nothing in this
particular resolution ..."; cluster: "... a global ban on the weapons. \"" runs straight into "Too often Africa's
voice ..."). Also dropped:
- cluster: the pull-quote box "Too often Africa's voice is pushed to the margins in international
  decision-making." / "But in banning cluster bombs worldwide, a common African voice will speak volumes and win
  the day." / "—" / "Robert Mtonga, Zambian delegate" (the body repeats the quote). The sentence "The weapons have
  been used in eight African conflicts in the past 35 years." is stored twice in the body (after the Uganda
  stockpile sentence and again before "The CMC is an international network ..."); both are kept as stored (doubt:
  the second may belong to a fact box; nothing marks it as one).
- chemical, denies: nothing but headline and dateline.
Characters are otherwise as stored, typos kept ("Lukasa" for Lusaka, "mandate was to;", "six-point-plan",
"British based newspaper", the curly apostrophes of "I’m alive", "Aleksandr Lukashevich, Russia's foreign
minister" as the article styles him). Dates are the datelines; titles the headlines; urls the Wikinews title.

Regions and years: the United States and Iran (November 2007: denials of a planned attack, the Senate's terrorist
designation of the Revolutionary Guard), the African meeting on a cluster-bomb ban (April 2008), and the Ghouta
chemical attack near Damascus (August 2013, with the 2012 UN observer mission and the UN-Arab League envoy's plan).
Topic shared with another part of this split (seen in tests/corpus/test8/ when this part was checked): the UK
House of Commons vote against a Syria intervention of 2013-08-30 follows the same Ghouta attack, as another event
and angle (a parliament's vote a week later, not the bombing and the charges about it).

Considered and left out (slice a-f of AMALGUM_news_*; the repository listing I could read stops at "catholic", as
for earlier parts, and the xml folder lists the same names, so other words were looked up by guessed names):
- bor (Wikinews interviews Australian Paralympic skier Andrew Bor, 2012): no dispute.
- cluster was kept although its dispute is one of arms control (a ban on a weapon) rather than armed conflict,
  with a single accusation: it was the third article found within the look-up budget. No fourth article.
- Names tried that are not in the folder: abkhazia, abkhaz, aceh, algeria, armenia, azerbaijan, beirut, burundi,
  burma, burmese, cambodia, chechen, congolese, crackdown, croatia, dagestan, defector, detainees, disarmament,
  embargo, eritrean, european, executions, fallujah, flotilla, estonia, bhutto, bashir, condemns, djibouti, dutch,
  deadly, dozens, blast, captured, demonstrators, blames, clash, abducted, ambush, assassinated, escalation.
- The words the brief excludes and every word named in earlier parts' docstrings were not opened; listed names
  whose titles I did not look at: bailout, borneo, bribery, ali, ariane, arrives (and the other listed a-c names,
  which earlier parts name).

Doubts are marked "Doubt:" beside the item.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- US denies plans to attack Iran; reports of pressure to find evidence against Iran (2007) --------------
DN_COMMANDER = (
    "A top US commander said yesterday that the United States is not planning a preemptive attack on Iran despite "
    "increasing rhetoric from Washington, D.C."
)
DN_RICE_DENIED = (
    "The United States Secretary of State Condoleezza Rice also denied that an attack was imminent, stating that "
    "there is no Congressional authorization for military action against Iran."
)
DN_OBSERVER = (
    "The denials came as The Observer ran a report saying that US personnel involved in interrogating insurgents "
    "in Iraq are under \"huge\" pressure to find evidence against Iran."
)
DN_BROSE = (
    "It quoted Micah Brose, a privately contracted interrogator working for the US military there, as saying that "
    "information on Iran is \"gold\"."
)
DN_PUSH = (
    "\"They push a lot for us to establish a link with Iran\", Brose claimed in the interview, adding that \"it "
    "feels a lot like, if you get something and Iran's not involved, it's a let down.\""
)
DN_PUSHING = "He further claimed that people have said to him that \"they're really pushing the Iran thing.\""
DN_SENATE = (
    "Meanwhile, US Secretary of State Condoleezza Rice was on ABC's This Week on Sunday, saying that a Senate "
    "resolution designating Iran's Islamic Revolutionary Guard as a terrorist organization does not authorize "
    "military action."
)
DN_TEHRAN = "The question is, why will Tehran not talk to us?\""

# --- African nations back a ban on cluster bombs; South Africa criticised (2008) --------------------------
CL_DECLARATION = (
    "A 39-nation coalition in Africa passed a declaration on Tuesday to ban cluster bombs in a nearly unanimous vote."
)
CL_CMC = (
    "The gathering in Lukasa, Zambia was the first meeting of the Cluster Munition Coalition (CMC) in Africa."
)
CL_READY = (
    "\"Africa is ready for Dublin,\" summarised Zambian delegate Robert Mtonga, referring to the upcoming May 19-30 "
    "meeting in Ireland to discuss a global ban on the weapons."
)
CL_SOUTH_AFRICA = (
    "Mtonga was critical of South Africa, the lone voice against Monday's decision and the continent's largest "
    "producer and stockpiler of cluster bombs, and called on the country to destroy its munitions and join the "
    "coalition to outlaw their use."
)
CL_WELLINGTON = (
    "In a released statement the CMC said that 19 African countries, including South Africa, have endorsed the "
    "Wellington Declaration."
)
CL_TRANSITION = (
    "While countries such as Germany and the United Kingdom have tabled the idea of a \"transition period\" during "
    "which time cluster bombs would remain a legitimate weapon of war, the African delegation was resolutely "
    "against the idea, calling for an immediate ban."
)
CL_NETWORK = (
    "The CMC is an international network composed of over 250 civil society organizations in 60 countries, with the "
    "stated aim of protecting civilians from cluster munitions."
)

# --- Syria: bombing of Ghouta after the alleged chemical attack; the 2012 UN mission (2013) ---------------
CH_DENIED = (
    "After the Syrian government denied the army used chemical weapons against the densely populated eastern Ghouta "
    "region of Damascus on Wednesday, armed forces heavily bombed the neighborhood yesterday."
)
CH_RUSSIA = (
    "According to Russian officials, the Syrian government is ready to give UN observers \"maximum cooperation\" "
    "while they perform their investigation."
)
CH_LUKASHEVICH = (
    "\"We hope that the results will clarify the issue and will help to dispel numerous speculations around the "
    "alleged use of the Syrian chemical weapons while simultaneously creating a positive background for the moves "
    "towards the start of the political process of settlement of the Syrian crisis,\" Aleksandr Lukashevich, "
    "Russia's foreign minister, said yesterday."
)
CH_STAGED = (
    "Syrian officials say the alleged chemical attack was staged and carried out by rebel forces to \"draw attention "
    "to their cause\" ahead of the arrival of UN observers."
)
CH_FUNERAL = (
    "In May of 2012, a UN convoy was hit by an IED (improvised explosive device) while a human rights group "
    "reported a Syrian military attack on civilians at a nearby funeral in the town of Khan Sheikhoun in Idlib "
    "province."
)
CH_GAYE = (
    "Commander of the 2012 observation team General Babacar Gaye expressed frustration against both the Syrian "
    "armed forces and rebels for not allowing the UN to complete its mission."
)
CH_PARTIES = (
    "by the middle of June it was clear that the parties were no longer committed to the ceasefire and the result "
    "has been an escalation in violence,\" said Gaye in 2012."
)
CH_MANDATE = (
    "The UN's 2012 mandate was to; \"monitor a cessation of armed violence in all its forms by all parties [and to] "
    "monitor and support the full implementation of the Joint Special Envoy of the United Nations and the League of "
    "Arab States six-point-plan.\""
)
CH_PLAN = (
    "Part of the plan included both sides working and cooperating with the UN special envoy, commitment to ceasing "
    "hostilities, and the Syrian army ceasing troop and tank movements against rebels in \"population centers\" "
    "throughout the country."
)

GOLD = {
    # United States / Iran: US officials deny a planned attack; an interrogator says the military pushes for an
    # Iran link; the Senate designates the Revolutionary Guard a terrorist organization.
    "2007-11-13-us-denies-plans-for-attack-on-iran-amid-report-of-hunt-for-e": [
        P("United States", "state", DN_COMMANDER, DN_RICE_DENIED,
          aliases=["US", "Washington, D.C.", "US military", "US personnel", "United States Central Command",
                   "Admiral William J. Fallon", "Fallon", "US Secretary of State Condoleezza Rice",
                   "United States Secretary of State Condoleezza Rice", "Condoleezza Rice", "Rice", "Senate"]),
        P("Iran", "state", DN_COMMANDER, DN_SENATE,
          aliases=["Iranian", "Iranians", "Tehran", "Iran's Islamic Revolutionary Guard",
                   "Islamic Revolutionary Guard"]),
        # Labelling the Guard (a state's guard corps) a terrorist organization: the accused is Iran.
        X("United States", "Iran", "designating Iran's Islamic Revolutionary Guard as a terrorist organization",
          DN_SENATE, speaker="Senate"),
        # Doubt: a private contractor accusing the military he works for (a person acting for no state, as the
        # guidelines read Lindsey Graham criticising his own government); "they" are his US superiors, named as
        # "the US military" in DN_BROSE.
        X("Micah Brose", "United States",
          "They push a lot for us to establish a link with Iran; they're really pushing the Iran thing",
          DN_BROSE, DN_PUSH, DN_PUSHING),
        # Doubt: a rhetorical question read as the charge that Tehran refuses to talk.
        X("United States", "Iran", "why will Tehran not talk to us", DN_SENATE, DN_TEHRAN,
          speaker="Condoleezza Rice"),
        # Not items: the commander's, Rice's and Fallon's denials of a planned attack (denials); The Observer's
        # report of "huge" pressure on US personnel (a newspaper's own report; Brose's words are the item above);
        # the unnamed intelligence officer's "Got to find a link with Iran" (no named accuser); "The US has in the
        # past been accused of using exaggerated and fabricated evidence" (passive, no accuser); Fallon's "Getting
        # Iranian behavior to change" and Rice's "if the Iranians suspend their enrichment" (aims and conditions,
        # no allegation); Clinton's letter (no congressional authority: a judgment of a decision); Fischer's worry
        # and Giuliani's "they are not going to get a nuclear weapon" (a candidate's threat, no allegation). Iraq
        # appears only as the earlier war's background. No mediator, no alliance.
    ],
    # Africa: a 39-nation meeting in Zambia backs a ban on cluster bombs; South Africa criticised.
    "2008-04-03-african-nations-gather-to-support-a-ban-on-cluster-bombs": [
        # Doubt (the three parties): the dispute is over a weapons ban; the sides read as the coalition and the
        # host state's delegate for the ban, and South Africa, "the lone voice against".
        P("Cluster Munition Coalition", "other", CL_CMC, CL_NETWORK,
          aliases=["CMC", "CMC co-ordinator Thomas Nash", "Thomas Nash"]),
        P("Zambia", "state", CL_CMC, CL_READY,
          aliases=["Zambian", "Zambian delegate Robert Mtonga", "Robert Mtonga", "Mtonga"]),
        P("South Africa", "state", CL_SOUTH_AFRICA, CL_WELLINGTON),
        # Doubt: two states tabling the same proposal, read as a bloc acting together.
        A(["Germany", "United Kingdom"], "political_support", CL_TRANSITION),
        # Doubt: criticism for opposing the decision and for producing and stockpiling the weapons, read as one
        # allegation by the Zambian delegate.
        X("Zambia", "South Africa",
          "the lone voice against Monday's decision and the continent's largest producer and stockpiler of cluster "
          "bombs",
          CL_READY, CL_SOUTH_AFRICA, speaker="Robert Mtonga"),
        # Not items: Mtonga's call on South Africa to destroy its munitions (a call); "other nations known to have
        # used the weapons" (the article's own report); the San Francisco Chronicle's reports that the United
        # States, China, Russia and Israel resisted a ban and that the US "lobbied allies to create loopholes" and
        # Reuters' report of a US official's view (news outlets' own reports; the four states' shared stance is
        # not read as a tie of their own, doubt; the "allies" are unnamed); Egypt's support for the ban (support
        # for a measure, no party named); Theodora Williams' words on civilian deaths (no accused); Uganda's
        # stockpile destruction and planned pan-African meeting (no dispute, no mediation). The 39-nation
        # declaration names no members beyond the host, so no bloc item.
    ],
    # Syria: the army bombs Ghouta after an alleged chemical attack; Damascus blames the rebels; the 2012 UN
    # mission's commander faults both sides.
    "2013-08-23-syrian-army-bombs-damascus-suburbs-after-allegedly-using-che": [
        P("Syria", "state", CH_DENIED, CH_STAGED,
          aliases=["Syrian", "Syrian government", "Syrian army", "the army", "armed forces", "Syrian officials",
                   "Syrian armed forces", "Syrian military"]),
        P("rebels", "armed_group", CH_STAGED, CH_GAYE, aliases=["rebel forces"]),
        M("Joint Special Envoy of the United Nations and the League of Arab States", CH_MANDATE, CH_PLAN,
          members=["United Nations", "League of Arab States"]),
        # Doubt: Russia relays Syria's readiness to cooperate and hopes the inquiry will "dispel numerous
        # speculations" about Syrian chemical weapons, read as declared diplomatic support.
        A(["Russia", "Syria"], "political_support", CH_RUSSIA, CH_LUKASHEVICH),
        X("Syria", "rebels",
          "the alleged chemical attack was staged and carried out by rebel forces to draw attention to their cause",
          CH_STAGED),
        # One allegation against each side it names (the UN mission's commander, 2012).
        X("United Nations", "Syria", "not allowing the UN to complete its mission", CH_GAYE,
          speaker="Babacar Gaye"),
        X("United Nations", "rebels", "not allowing the UN to complete its mission", CH_GAYE,
          speaker="Babacar Gaye"),
        # Doubt (this item and the next): "the parties" read as the Syrian forces and the rebels that CH_GAYE names.
        X("United Nations", "Syria",
          "the parties were no longer committed to the ceasefire and the result has been an escalation in violence",
          CH_GAYE, CH_PARTIES, speaker="Babacar Gaye"),
        X("United Nations", "rebels",
          "the parties were no longer committed to the ceasefire and the result has been an escalation in violence",
          CH_GAYE, CH_PARTIES, speaker="Babacar Gaye"),
        # Doubt: an unnamed human rights group's report, read as an accusation by that group (an organisation, not
        # a news agency).
        X("human rights group", "Syria", "a Syrian military attack on civilians at a nearby funeral in the town of "
          "Khan Sheikhoun", CH_FUNERAL),
        # Not items: the chemical attack itself, "allegedly" and "claims of chemical weapons use" (passive, no
        # accuser; the Syrian government's denial is a denial); Eliasson calling the attack "shocking" and "a
        # serious escalation" (a condemnation naming no one); "Reports say" the death toll (no accuser); the IED
        # that hit a UN convoy (no one accused). The UN observers and the 2012 observation team monitor a ceasefire
        # (a mission, not mediation, and no side); the envoy's six-point plan is the mediation.
    ],
}
