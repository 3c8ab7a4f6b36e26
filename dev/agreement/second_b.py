"""Second annotation, part b, for the agreement study (dev/agreement.py): four dev articles re-annotated by an
annotator who had not seen their gold, the tool's rules or its output, reading each article under
tests/gold/README.md's guidelines alone (annotator b, 2026-12-05). Built like the gold by build_gold.py;
never used to develop or fit anything.
"""

from build_gold import A, M, P, X

# ---------------------------------------------------------------- Afghanistan / white phosphorus (2009-05-11)
AF_LEAD = "The Afghanistan Independent Human Rights Commission is investigating claims that the United States used white phosphorus bombs in an attack against Taliban militants on May 4."
AF_DOC1 = "The claim that the US used phosphorus bombs come from a doctor at a burn hospital in Herat that treated victims of the attack."
AF_DOC2 = "Dr. Mohammad Aref Jalali says that many of the injured people from the Bala Baluk village in Farah Province, had \"unusual\" burns on their bodies."
AF_JONES = "General James L. Jones, a U.S. security adviser for the military in Afghanistan apologized for the loss of civilians, but also said that the Taliban is using them as \"human shields.\""
AF_44 = "The U.S. also said that the Taliban had, in the past, used or possessed white phosphorus in at least 44 previous incidents."
AF_JULIAN = "\"The insurgents possess and use white phosphorus as a weapon against people. It's a law of war that we adhere to but the insurgents blatantly violate,\" said Colonel Greg Julian, a spokesman for the U.S. military in Afghanistan."
AF_KARZAI = "Afghanistan's president, Hamid Karzai criticized last weeks attack saying the U.S. is losing the \"moral\" battle with Afghanistan in terms of civilian deaths."
AF_ISR = "The reports of the possible use of phosphorus bombs comes just months after Israel confirmed they used at least 20 white phosphorus bombs inside civilian areas during the IDF's offensive in the Gaza Strip in December of 2008 through January of this year."
AF_MADE = "It is reported that the bombs were 155mm, M825E1 which were made in the U.S.."

# ---------------------------------------------------------------- US / Iran (2007-11-13)
IR_LEAD = "A top US commander said yesterday that the United States is not planning a preemptive attack on Iran despite increasing rhetoric from Washington, D.C."
IR_IRGC = "Meanwhile, US Secretary of State Condoleezza Rice was on ABC's This Week on Sunday, saying that a Senate resolution designating Iran's Islamic Revolutionary Guard as a terrorist organization does not authorize military action."
IR_BROSE0 = "It quoted Micah Brose, a privately contracted interrogator working for the US military there, as saying that information on Iran is \"gold\"."
IR_BROSE1 = "\"They push a lot for us to establish a link with Iran\", Brose claimed in the interview, adding that \"it feels a lot like, if you get something and Iran's not involved, it's a let down.\""
IR_BROSE2 = "He further claimed that people have said to him that \"they're really pushing the Iran thing.\""

# ---------------------------------------------------------------- Bahrain (2012-02-15)
BH_LEAD = "In Bahrain, tension is building between the opposition protesters who want to revive last year's marches, and government authorities who are trying to maintain control over protest activities."
BH_F14 = "A planned march by the February 14 Youth Coalition to Manama's former Pearl Roundabout, to mark the beginning of last year's protests, was overwhelmed by the security surrounding the site on the eve of the anniversary as well as the day itself."
BH_POLICE = "Whilst initially blocked to traffic to prevent any more protests, Bahrain's police now occupy the area and are demonstrably equipped to repel opposition."
BH_CHARGES = "With activists and political parties called for mass protests a few days prior to the one-year anniversary, the government now says it may bring charges against organizers for encouraging the disorder."
BH_UNAUTH = "The protest ended a few hundred meters away from the roundabout with police firing tear gas and stun grenades after using megaphones to warn protesters the march was unauthorised and they should disperse."
BH_WITNESS = "Two women from US-based rights group Witness Bahrain taking part in Sunday's march were arrested and deported."
BH_WEFAQ = "Five opposition political groups headed by Al Wefaq, Bahrain's largest political opposition party, organized an authorized sit-in in a yard, dubbed 'Freedom Square', in Al Muqsha village outside of Manama."
BH_SUNNI = "The Sunnis have organized counter-demonstrations in support of the ruling Al Khalifa family."
BH_CABINET = "The formation of the cabinet is one of the key debates between the opposition Al Wefaq and the Sunni minority in country."

# ---------------------------------------------------------------- North Korea / Syria reactor (2008-04-24)
NK_INTEL = "Members of the United States Congress were briefed today on United States intelligence that alleges that North Korea has been taking part in proliferation with Syria by helping them build and use a nuclear reactor located in the Syrian desert."
NK_STMT = "In a statement released to reporters the US government said, \"We are convinced, based on a variety of information, that North Korea assisted Syrian covert nuclear activities both before and after the reactor was destroyed.\""
NK_ISR = "The plant was destroyed in a airstrike last September by Israeli F-15Is of 69 Squadron IAF."
NK_KHIY0 = "The Syrian ambassador to the United Kingdom, Sami Khiyami, has dismissed accusations by the United States that it is helping to build a reactor there that could produce plutonium."
NK_KHIY1 = "\"This has nothing to do with North Korea and Syria. They just want to exert more pressure on North Korea. This is why they are coming up with this story.\" Khiyami said."
NK_ECON = "He added, \"The cooperation between North Korea and Syria has nothing to do with [building] a nuclear facility. Cooperation is mainly economic.\""
NK_NYT = "According to the The New York Times, there are suggestions inside the United States State Department, that the release of this video is an attempt by hardliners inside the Bush administration, including Vice President Dick Cheney, to undermine the six-party talks over North Korea's nuclear program."

GOLD = {
    "2009-05-11-rights-group-in-afghanistan-investigating-claim-of-us-use-of": [
        P("United States", "state", AF_LEAD, aliases=["US", "U.S.", "U.S. military"]),
        P("Taliban", "armed_group", AF_LEAD, aliases=["Taliban militants", "insurgents"]),
        # Doctor speaking for no state or group -> person as accuser (not a side, so no party item).
        X("Mohammad Aref Jalali", "United States", "the US used phosphorus bombs", AF_DOC1, AF_DOC2, speaker=None),
        X("United States", "Taliban", "the Taliban is using them as \"human shields\"", AF_JONES, speaker="James L. Jones"),
        # Same allegation said twice (the U.S. / Col. Julian) -> one item, two quotes.
        X("United States", "Taliban",
          "used or possessed white phosphorus in at least 44 previous incidents; possess and use white phosphorus as a weapon against people",
          AF_44, AF_JULIAN, speaker="Greg Julian"),
        # Doubt: "blatantly violate" a law of war -- taken as a distinct allegation from possessing/using WP.
        X("United States", "Taliban", "a law of war that ... the insurgents blatantly violate", AF_JULIAN, speaker="Greg Julian"),
        # Doubt: a criticism with a named accused, read as an accusation (not a bare condemnation).
        X("Afghanistan", "United States", "the U.S. is losing the \"moral\" battle with Afghanistan in terms of civilian deaths",
          AF_KARZAI, speaker="Hamid Karzai"),
        # Doubt: arms tie inferred from "made in the U.S." bombs used by Israel (background paragraph).
        A(["United States", "Israel"], "military_support", AF_ISR, AF_MADE),
        # Not annotated: U.S. denials, Jones's apology, Israel's confirmation (admission), passive "reported" civilian deaths,
        # the AIHRC investigation (investigating, not accusing).
    ],
    "2007-11-13-us-denies-plans-for-attack-on-iran-amid-report-of-hunt-for-e": [
        P("United States", "state", IR_LEAD, aliases=["US", "Washington, D.C."]),
        P("Iran", "state", IR_LEAD, aliases=["Iranian", "Iranians", "Tehran"]),
        # Labelling as terrorist = accusation; the Senate acts for the US; the guard corps -> Iran.
        X("United States", "Iran", "designating Iran's Islamic Revolutionary Guard as a terrorist organization", IR_IRGC, speaker="Senate"),
        # Doubt: contractor speaking on his own against the US military (like "Lindsey Graham criticising his own government").
        X("Micah Brose", "United States", "They push a lot for us to establish a link with Iran; they're really pushing the Iran thing",
          IR_BROSE0, IR_BROSE1, speaker=None),
        # Not annotated: The Observer's own report; the anonymous intelligence officer (accuser unnamed);
        # passive "The US has in the past been accused ..."; Fischer's worry; Rice/Fallon/Clinton statements (denials, calls).
    ],
    "2012-02-15-opposition-calls-for-mass-protests-in-bahrain": [
        P("Bahrain", "state", BH_LEAD, BH_POLICE,
          aliases=["government authorities", "Authorities", "the government", "Bahrain's police", "police", "security forces",
                   "Al Khalifa family", "royal family"]),  # doubt: ruling family taken as the state (King Hamad)
        P("Bahraini opposition", "other", BH_LEAD,
          aliases=["opposition", "opposition protesters", "protesters", "opposition movement", "activists", "pro-democracy activists"]),
        P("February 14 Youth Coalition", "other", BH_F14),
        P("Al Wefaq", "other", BH_WEFAQ, BH_CABINET, aliases=["Al-Wefaq"]),
        # Doubt: targeted (members arrested and deported) -> side.
        P("Witness Bahrain", "other", BH_WITNESS),
        # Doubt: the other side of the cabinet debate; counter-demonstrators.
        P("Sunnis", "other", BH_CABINET, BH_SUNNI, aliases=["Sunni minority", "Sunni"]),
        A(["Sunnis", "Bahrain"], "political_support", BH_SUNNI),
        X("Bahrain", "Bahraini opposition", "encouraging the disorder", BH_CHARGES, speaker=None),
        # Doubt: police warning that the march was unauthorised read as an allegation of unlawfulness.
        X("Bahrain", "Bahraini opposition", "the march was unauthorised", BH_UNAUTH, speaker="police"),
        # Not annotated: King Hamad's denial; Nabeel Rajab / Ayat al-Qormozi folded into the opposition;
        # six U.S. citizens detained (the US state takes no part).
    ],
    "2008-04-24-us-claims-north-korea-helped-syria-build-reactor-bombed-by-i": [
        P("United States", "state", NK_STMT, aliases=["US", "Bush administration"]),
        P("North Korea", "state", NK_STMT, aliases=["North Korean", "North Koreans"]),
        P("Syria", "state", NK_STMT, aliases=["Syrian", "Syrians"]),
        P("Israel", "state", NK_ISR, aliases=["Israeli", "IAF"]),
        A(["North Korea", "Syria"], "alleged_involvement", NK_INTEL, NK_STMT),
        # Doubt: economic cooperation declared by Syria's ambassador -> separate (acknowledged) tie.
        A(["North Korea", "Syria"], "other", NK_ECON),
        X("United States", "North Korea",
          "helping them build and use a nuclear reactor; assisted Syrian covert nuclear activities",
          NK_INTEL, NK_STMT, speaker=None),
        # Doubt: Syria charged with "covert nuclear activities" within the same statement.
        X("United States", "Syria", "Syrian covert nuclear activities", NK_STMT, speaker=None),
        X("Syria", "United States", "exert more pressure on North Korea; coming up with this story",
          NK_KHIY0, NK_KHIY1, speaker="Sami Khiyami"),
        # Doubt: intra-US charge (State Department suggestions vs. the Vice President) -> body and person as actors.
        X("United States State Department", "Dick Cheney",
          "an attempt by hardliners inside the Bush administration ... to undermine the six-party talks", NK_NYT, speaker=None),
        # Not annotated: "suggesting the video has been faked" (faker not named); journalist's "suspicions that the Syrians
        # are covering up"; denials by Khiyami/Jaafari; "unbalanced in favor of North Korea" (judgment of a deal);
        # State Sponsors of Terrorism list (no accuser named in the sentence); six-party talks: no mediator named.
    ],
}
