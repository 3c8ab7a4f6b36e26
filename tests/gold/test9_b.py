"""Hand gold for part b of the test9 split (tests/corpus/test9/, index_b.json): three 2008-2017 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{kibaki,gates,injured}.conllu). Stored versions read: all
three at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b (untokenised `# text` lines, no `# meta` lines, no
`# newpar` marks, so each body is one paragraph). The body was rebuilt from the `# text` lines: headline and
dateline dropped in all three; sentences joined by one space, none where the sentence's last token has
SpaceAfter=No (gates: the opening quote mark of Gates' "This is an alliance issue ..." is stored as a sentence
of its own and runs straight into it). Also dropped:
- gates: the image caption "File photograph of Robert Gates" / "in 2006".
- injured: the pull-quote box "Muslims everywhere are outraged and disgusted at these cowards [...] That this
  should happen in this month of Ramadan [...] only goes to show that these people respect neither life nor faith
  —Harun Khan of the Muslim Council of Britain" (the body repeats it), and the closing "Sister projects" /
  "June 2017" / "London attack" box.
- kibaki: nothing but headline and dateline.
Characters are otherwise as stored, typos kept ("Odigna" beside "Odinga", "offer advise", "Africa Union", "some
the peace pipe", "the two leadership", "Security office Mohammed Osman", "noted that will not end", the curly
quotes and apostrophes of kibaki). Dates are the datelines; titles the headlines; urls the Wikinews title.

Regions and years: East and West Africa (Kenya's post-election crisis and Ghana's mediation as African Union
chair, January 2008), Central Asia and NATO (the US request for more allied help in Afghanistan, October 2009),
Western Europe (the London Bridge terrorist attack, June 2017).

How the slice was searched: find_files lists only the first hundred files of amalgum/news/dep (a-c), so g-l
files were looked up by guessed names, one at a time, within the look-up budget. Considered and left out:
- khan ("Pakistan court sentences one man to death penalty ... for Mashal Khan lynching incident", 2018): a
  domestic criminal trial of a mob, no dispute between states or groups.
- hackers ("Hackers target Westboro Baptist Church website, Twitter account", 2012) and hosts ("FIFA World Cup
  2018 quarterfinals ..."): off topic.
- Names tried that are not in the folder: greek, hebron, lukashenko, kosovar, guatemala, litvinenko, hussein,
  kouchner, hungary, inspectors, lifts, leaks, hardliners, islands, loyalists, guards, island, human, heavy,
  hundreds, italian, indonesian, goma, jaffna, kobani, kismayo, karadzic, gilani, holbrooke, kostunica, kerry,
  garang, hill, halts, invites, lashes, grants, issues, juba, haditha, karbala, herat, jenin, harare,
  interference, involvement, illegal, incitement, links, ivorian, jordanian, libyans, iranians, gazans. The words
  the brief excludes and those earlier parts' docstrings name as used, considered or tried were not looked up.
- Same-event check: kibaki is the same Kenyan crisis as test7's "Kenyan government and opposition agree on
  power-sharing" (2008-02-28), but an earlier and other event (Kufuor's mediation seven weeks before the
  Annan-brokered deal); test5 left out an "annan" article of 2009 on the same country. Doubt on overlap of topic,
  not of text. No title of tests/corpus/*/index.json is about the 2009 NATO request or the 2017 London attack.
- All three are thin in accusations, which I note rather than hide: kibaki has none as the guidelines define
  one (a mediation story: parties and mediators only), gates has one doubtful item, and injured's accusations
  come from a British Muslim organisation and a private man against the attackers. They were the in-domain
  articles found within the look-up budget; drop kibaki if every article of the split must carry an accusation.
  No fourth article.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Kenya: Kibaki seeks the mediation of Ghana's President Kufuor, chair of the African Union (2008) -------
KB_KUFUOR = (
    "Ghana’s President John Kufuor is expected to travel to Kenya this week to help resolve the escalating "
    "violence that has plunged Kenya into a political crisis."
)
KB_ENVOY = (
    "This comes after Kenyan President Mwai Kibaki sent an envoy to brief the Ghanaian president, who is also "
    "chairman of the African Union on the current situation in Kenya."
)
KB_ODINGA = (
    "Kibaki has also reportedly said he is willing to dialogue without pre-condition with opposition leader Raila "
    "Odinga of the Orange Democratic Movement who is claiming he won December’s presidential election."
)
KB_PROTESTS = (
    "Odigna has decided to call off protests that were due to take place tomorrow as a result of the action."
)
KB_CHAIR_AU = (
    "And I don’t think it is for any African country to stand by and more so the chair of the AU (Africa Union) to "
    "sit by for such a thing to happen to Kenya."
)
KB_OSEI_ADJEI = "Akwasi Osei-Adjei is Ghana’s foreign minister."
KB_INVITED = (
    "He said President Kibaki invited the Ghanaian president to help solve the escalating violence, which is "
    "blamed on the controversy surrounding the December elections."
)
KB_BRIEF_AU = (
    "“Well, the envoy came yesterday to brief the president of Ghana and at the same time the chair of the AU the "
    "situation before elections, during elections and after the elections."
)

# --- Afghanistan: US Defense Secretary Gates asks NATO allies for more help (2009) --------------------------
GT_FLEW = (
    "US Defense Secretary Robert Gates flew to Slovakia on Wednesday, to ask NATO defense ministers to help the "
    "United States respond to the request for more resources made by the US and NATO commander in Afghanistan, "
    "General Stanley McChrystal."
)
GT_MISSION = (
    "Gates told reporters on his aircraft that he believed it makes sense to have these talks now, because he said "
    "the effort to stabilize and develop Afghanistan is a NATO mission, not just one for the US."
)
GT_TAKEOVER = (
    "General McChrystal says the allied effort could fail to prevent a militant takeover in Afghanistan unless he "
    "is given more resources."
)
GT_TROOPS = (
    "In a secret request, he is believed to be asking for 40,000 or more additional troops, on top of 68,000 U.S. "
    "and nearly 40,000 coalition troops already there."
)
GT_TALIBAN = (
    "Gates added that he wanted his NATO counterparts to consider what additional commitments they can also make "
    "to help reverse gains made by the Taliban and similar groups in recent years."
)
GT_HOPE = (
    "\"My hope is that we can have a serious discussion about how things have changed in Afghanistan since last "
    "spring, and a way forward in which the alliance can share these responsibilities and work with the Afghan "
    "government to move the situation in a more positive direction,\" he said."
)
GT_SECURITY = (
    "\"I think virtually all of the nations that increased their troop presence to provide security for the "
    "elections in August have kept those forces there and so are in a position to try and, along with their "
    "Afghan Army and police counterparts, provide as good a security as possible for the [runoff] elections,\" he "
    "said."
)
GT_CORRUPTION = (
    "Gates, however, noted that will not end problems of corruption and weak governance in Afghanistan."
)
GT_KABUL = (
    "He said the international community will still have much work to do with any new government in Kabul to "
    "provide the kind of stability, security and services that will have a chance of convincing the Afghan people "
    "to support the government, rather than the militants of the Taliban and al-Qaida."
)

# --- London Bridge attack; ISIL claims it; condemnations (2017) ---------------------------------------------
LB_ATTACK = (
    "Saturday night in the UK, three men wearing what were later found to be fake suicide vests drove a van into "
    "crowds on London Bridge, then exited the van at Borough Market and began to stab people with blades, killing "
    "seven and injuring at least 48."
)
LB_POLICE = "All three were shot and killed by police, who went on to arrest at least twelve other people."
LB_ISIL = "Militants from the Islamic State of Iraq and the Levant claimed responsibility."
LB_MAY = (
    "Prime Minister Theresa May says that the attacks on Westminster Bridge, Manchester Arena, and now London Bridge "
    "were not connected through any known network but did attribute the attack to the \"evil ideology of Islamist "
    "extremism\"."
)
LB_MCB = "The Muslim Council of Britain condemned the attacks:"
LB_COWARDS = (
    "Muslims everywhere are outraged and disgusted at these cowards who once again have destroyed the lives of our "
    "fellow Britons."
)
LB_KHAN = (
    "That this should happen in this month of Ramadan, when many Muslims were praying and fasting only goes to show "
    "that these people respect neither life nor faith\" said the organization's Secretary General, Harun Khan."
)
LB_OSMAN = "Security office Mohammed Osman told the press: \"I'm not feeling worried."
LB_ENEMIES = "These enemies are trying to divide us but we have to be together.\""

GOLD = {
    # Kenya: the post-election crisis; Kibaki invites Ghana's President Kufuor, chair of the African Union, to
    # mediate with the opposition leader Raila Odinga.
    "2008-01-07-kenya-s-leader-kibaki-seeks-ghanaian-president-kufuor-s-medi": [
        # Doubt (both parties): a domestic crisis; the sides read as Kenya's government (the president acting for
        # the state) and the opposition party whose leader claims the election.
        P("Kenya", "state", KB_ENVOY, KB_ODINGA,
          aliases=["Kenyan", "Kenyan President Mwai Kibaki", "Mwai Kibaki", "Kibaki", "President Kibaki"]),
        P("Orange Democratic Movement", "other", KB_ODINGA, KB_PROTESTS,
          aliases=["opposition leader Raila Odinga", "Raila Odinga", "Odinga", "Odigna"]),
        M("Ghana", KB_KUFUOR, KB_INVITED),
        # Doubt: Kufuor mediates as Ghana's president and as chairman of the African Union; the foreign minister
        # stresses the AU chair's duty, so the AU is read as a mediator too.
        M("African Union", KB_ENVOY, KB_CHAIR_AU, KB_BRIEF_AU),
        # Not items: Odinga "is claiming he won December's presidential election" (a claim of victory that names
        # no wrongdoing; doubt); the violence "is blamed on the controversy surrounding the December elections"
        # (passive, no accuser, no accused); Osei-Adjei's denial of speculations that the mediation could worsen
        # things "just like in Zimbabwe" (a denial; the speculation has no named source); "people are being
        # killed" (no accused). Ghana's foreign minister Osei-Adjei (KB_OSEI_ADJEI) speaks for the mediator.
        # No alliance: Kibaki's invitation of the mediator is not a tie between sides.
    ],
    # Afghanistan: the US defence secretary asks NATO allies to share the burden of McChrystal's request for more
    # resources against the Taliban.
    "2009-10-22-us-defense-secretary-gates-to-seek-extra-aid-for-afghanistan": [
        P("United States", "state", GT_FLEW, GT_TROOPS,
          aliases=["US", "U.S.", "US Defense Secretary Robert Gates", "Robert Gates", "Gates", "the defense secretary",
                   "the secretary", "General Stanley McChrystal", "General McChrystal", "President Barack Obama"]),
        P("NATO", "international_organisation", GT_FLEW, GT_MISSION,
          aliases=["the alliance", "NATO allies", "NATO nations", "allies", "coalition", "NATO defense ministers",
                   "NATO counterparts"]),
        P("Afghanistan", "state", GT_HOPE, GT_CORRUPTION,
          aliases=["Afghan", "Afghan government", "Kabul", "Afghan Army"]),
        P("Taliban", "armed_group", GT_TALIBAN, GT_KABUL, aliases=["the militants of the Taliban", "militants"]),
        # Doubt: named once, beside the Taliban, as the militants the Afghan people should not support.
        P("al-Qaida", "armed_group", GT_KABUL),
        A(["United States", "NATO"], "military_treaty", GT_FLEW, GT_MISSION),
        A(["NATO", "Afghanistan"], "military_support", GT_HOPE, GT_SECURITY),
        # Doubt: US troops "already there" with the US commander "in Afghanistan" read as military support for the
        # Afghan state.
        A(["United States", "Afghanistan"], "military_support", GT_TAKEOVER, GT_TROOPS),
        # Doubt: the two groups named together as "the militants", read as one side acting together.
        A(["Taliban", "al-Qaida"], "other", GT_KABUL),
        # Doubt: a US charge that Afghanistan suffers "problems of corruption and weak governance", read as an
        # allegation against the Afghan state rather than a judgment.
        X("United States", "Afghanistan", "problems of corruption and weak governance in Afghanistan",
          GT_CORRUPTION, speaker="Robert Gates"),
        # Not items: McChrystal's warning that the effort "could fail to prevent a militant takeover" (a warning,
        # no allegation); "gains made by the Taliban" (a fact of war, no wrongdoing alleged); Gates' "it should not
        # be looked upon as exclusively the responsibility of the United States" (a call on allies, no accused);
        # the welcome of the runoff decision. Slovakia hosts a NATO ministers' meeting and South Korea a visit:
        # neither mediates. No mediator.
    ],
    # London: three attackers kill seven on London Bridge; ISIL claims the attack; the Prime Minister and the
    # Muslim Council of Britain respond.
    "2017-06-05-seven-killed-forty-eight-injured-in-attack-on-london-bridge": [
        P("United Kingdom", "state", LB_ATTACK, LB_MAY,
          aliases=["UK", "Prime Minister Theresa May", "Theresa May", "May", "police"]),
        # Doubt: the attackers are never named; "three men" with the article's other words for them, read as an
        # armed group (the attacking side).
        P("three men", "armed_group", LB_ATTACK, LB_POLICE,
          aliases=["All three", "perpetrators", "these cowards", "cowards", "these people", "These enemies"]),
        P("Islamic State of Iraq and the Levant", "armed_group", LB_ISIL),
        # Doubt: ISIL's claim of responsibility read as involvement alleged in the attackers' act.
        A(["Islamic State of Iraq and the Levant", "three men"], "alleged_involvement", LB_ATTACK, LB_ISIL),
        X("Muslim Council of Britain", "three men", "destroyed the lives of our fellow Britons",
          LB_MCB, LB_COWARDS, LB_KHAN, speaker="Harun Khan"),
        # Doubt: a second charge in the same statement (contempt for life and faith), kept apart from the first.
        X("Muslim Council of Britain", "three men", "these people respect neither life nor faith",
          LB_MCB, LB_KHAN, speaker="Harun Khan"),
        # Doubt: a security officer speaking for himself (a person acting for no state or group); "These enemies"
        # read as the attackers.
        X("Mohammed Osman", "three men", "These enemies are trying to divide us", LB_OSMAN, LB_ENEMIES),
        # Not items: ISIL's claim of responsibility (a claim, not an accusation); May attributing the attack to the
        # "evil ideology of Islamist extremism" (aimed at an ideology, no actor) and her "far too much tolerance of
        # extremism in our country" (no accused); the Muslim Council's "I condemn them" (a condemnation; its
        # charges are the items above); the witness hearing "this is for Allah" and the BBC's comparison with
        # Manchester (a report). The Muslim Council of Britain condemns from outside the fight: not a party. No
        # mediator.
    ],
}
