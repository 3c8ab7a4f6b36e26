"""Write the gold briefings from the hand annotations below (run once after editing).

    python tests/gold/build_gold.py

Annotations follow tests/gold/README.md: they were written by reading each article, not
generated, and nothing here asks the tool which items to keep. Quotes are copied from the
articles by hand; this script only fills in the source fields (title and date from
tests/corpus/index.json) and the offsets, found by exact substring search, and refuses a
quote that is not verbatim in its article, so the JSON files stay in the briefing
contract (schema version 2).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
SEEDS = REPO / "seeds"
CORPUS = REPO / "tests" / "corpus"
FOLDERS = [SEEDS, CORPUS / "wikinews"]
SCHEMA_VERSION = "2"  # summariser.models.SCHEMA_VERSION; written here so the gold does not depend on the tool


def P(name, kind, *quotes, aliases=()):
    return ("parties", {"name": name, "aliases": list(aliases), "kind": kind}, quotes)


def M(name, *quotes, members=()):
    return ("mediators", {"name": name, "members": list(members)}, quotes)


def A(members, kind, *quotes):
    return ("alliances", {"members": list(members), "kind": kind}, quotes)


def joined(*parts: dict) -> dict:
    """One split's gold from its annotators' parts; an article annotated in two parts is a slip."""
    gold = {article: items for part in parts for article, items in part.items()}
    assert len(gold) == sum(len(part) for part in parts), "an article annotated twice"
    return gold


def X(accuser, accused, allegation, *quotes, speaker=None):
    return ("accusations", {"accuser": accuser, "accused": accused, "allegation": allegation,
                            "speaker": speaker}, quotes)


CAIRO_MINISTERS = (
    "Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts, Nikos Dendias, "
    "Nikos Christodoulides and Jean-Yves Le Drian, respectively, gathered in Cairo on Wednesday to discuss "
    "Libya–Turkey relations."
)
CAIRO_CONCLUDED = (
    "They concluded that the November 27 maritime border agreement between Turkey and Libya is \"null and void\" "
    "and \"infringes upon the sovereign rights of third states, does not comply with the Law of the Sea and cannot "
    "produce any legal consequences\"."
)
CAIRO_STATES = [  # (accuser, speaker, further quotes of the same allegation by the same state)
    ("Egypt", "Sameh Shoukry", ()),
    ("Greece", "Nikos Dendias and Kyriakos Mitsotakis", (
        "On Tuesday, Greek prime minister Kyriakos Mitsotakis speaking to the Atlantic Council think tank called the "
        "border agreement \"null and void\" and \"geographically ridiculous\".",
    )),
    ("Cyprus", "Nikos Christodoulides", ()),
    ("France", "Jean-Yves Le Drian", ()),
]
IRAN_ADMITS = (
    "On Saturday morning, representatives from Iran acknowledged their government had \"unintentionally\" shot down "
    "a Ukrainian passenger jet near Tehran, blaming \"human error\" and the fear of aggression from the United States."
)
NAVALNY_SAID = (
    "On Wednesday, the German government said Russian opposition leader Alexei Navalny was poisoned with Novichok, "
    "a range of neurotoxins developed by the Soviet Union."
)

GOLD = {
    # --- seeds ---------------------------------------------------------------------------
    "004_1a1daf8f610255dc": [
        P("Armenia", "state", "Armenia and Azerbaijan accused each other of targeting civilians",
          aliases=["Armenian"]),
        P("Azerbaijan", "state", "Armenia and Azerbaijan accused each other of targeting civilians",
          aliases=["Azerbaijani", "Baku"]),
        P("Nagorno-Karabakh Republic", "separatist_authority",
          "The de facto government in Nagorno-Karabakh yesterday threatened to expand military activities to „the entire territory of Azerbaijan“.",
          aliases=["Nagorno-Karabakh", "de facto government in Nagorno-Karabakh"]),
        M("OSCE Minsk Group", "In this format Russia, France and the USA mediate in the conflict.",
          "Possible Russian peacekeeping forces should be discussed in the Minsk Group of the Organization for Security and Cooperation in Europe (OSCE), he suggested.",
          members=["Russia", "France", "United States"]),
        A(["Russia", "Armenia"], "protective_power", "Armenia sees Russia as a protective power"),
        A(["Turkey", "Azerbaijan"], "political_support",
          "Turkey is the closest ally of the oil and gas-rich ex-Soviet republic of Azerbaijan"),
        # "accused each other of targeting civilians" announces the next two items: same allegations.
        X("Azerbaijan", "Armenia", "rocket attacks against Azerbaijani civilians and civil infrastructure",
          "The Azerbaijani presidential adviser Hikmet Hajjev announced on Twitter yesterday evening that the Armenian armed forces had launched rocket attacks against „Azerbaijani civilians and civil infrastructure“.",
          speaker="Hikmet Hajjev"),
        X("Armenia", "Azerbaijan", "deliberately attacking the civilian population",
          "The Armenian Foreign Ministry in turn accused the Azerbaijani troops of “deliberately attacking the civilian population” when attacking Stepanakert and other cities.",
          speaker="Armenian Foreign Ministry"),
        X("Armenia", "Azerbaijan", "bombed Stepanakert",
          "According to Armenian sources, Azerbaijani soldiers once again bombed Stepanakert, the capital of the self-proclaimed Nagorno-Karabakh Republic."),
        X("Azerbaijan", "Armenia", "bombed Ganja",
          "The Azerbaijani Ministry of Defense said Armenian troops had bombed the second largest Azerbaijani city of Ganja.",
          speaker="Azerbaijani Ministry of Defense"),
        X("Azerbaijan", "Armenia", "attacked the industrial city of Mingechavir and the Absheron district",
          "The Azerbaijani presidential adviser Hikmet Hajjev announced on Twitter yesterday evening that the Armenian armed forces had launched rocket attacks against „Azerbaijani civilians and civil infrastructure“.",
          "Hajjev said Armenian forces had also attacked the industrial city of Mingechavir and the Absheron district, some 80 kilometers from the capital Baku.",
          speaker="Hikmet Hajjev"),
    ],
    "000_be02ae75645424f4": [
        P("Armenia", "state",
          "Armenians and Azeris fighting in Nagorno-Karabakh today gave no indication of a ceasefire",
          aliases=["Armenians", "Armenian", "Yerevan"]),
        P("Azerbaijan", "state",
          "Armenians and Azeris fighting in Nagorno-Karabakh today gave no indication of a ceasefire",
          aliases=["Azeris", "Azeri", "Azerbaijani", "Baku"]),
        P("Nagorno-Karabakh", "separatist_authority",
          "Nagorno-Karabakh announced yesterday, Wednesday, that since September 27 the number of its military casualties has risen to 320.",
          aliases=["separatists", "separatist authorities", "Karabakh", "self-proclaimed republic"]),
        M("OSCE Minsk Group",
          "Representatives of the mediators in the conflict, the co-chairs of the OSCE Minsk Group (Russia, United States, France) are meeting today in Geneva with Azeri Foreign Minister Ceyhun Bairamov.",
          members=["Russia", "United States", "France"]),
        A(["Turkey", "Azerbaijan"], "political_support", "Ankara encourages Baku to attack"),
        A(["Russia", "Armenia"], "military_treaty", "Moscow is linked to a military treaty with Yerevan."),
        # "Turkey has already been accused of participating ..." names no accuser: not an item.
        X("Azerbaijan", "Nagorno-Karabakh", "shooting in residential areas",
          "The Azeri side also accuses the separatists of “shooting in residential areas” such as Bardisk, Agnabedin, Goranboy, Tartar and Agdam."),
        X("Armenia", "Azerbaijan", "attack on Karabakh",
          "A spokesman for Armenian diplomacy ruled out a meeting of Azeri and Armenian ministers in Geneva, saying “one cannot negotiate with one hand and conduct military operations with the other,” denouncing Azerbaijan’s attack on Karabakh.",
          speaker="spokesman for Armenian diplomacy"),
    ],
    # --- corpus --------------------------------------------------------------------------
    "2019-01-23-germany-bans-mahan-air-of-iran-citing-security": [
        P("Germany", "state",
          "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with officials saying this is for security reasons.",
          aliases=["German"]),
        P("Mahan Air", "other",
          "Germany on Monday banned Iranian airline Mahan Air from flying in the European nation, with officials saying this is for security reasons.",
          aliases=["Mahan", "the airline"]),
        P("United States", "state", "Mahan has been the subject of United States sanctions since 2011.",
          aliases=["US"]),
        A(["United States", "Germany"], "political_support",
          "The US has been encouraging allies such as Germany to restrict Mahan's operations."),
        A(["Mahan Air", "Iran"], "alleged_involvement",
          "Rudaw reports Mahan's director, Hamid Arabnejad Khanooki, has alleged ties to the Islamic Revolutionary Guard Corps of Iran."),
        A(["Mahan Air", "Syria"], "alleged_involvement",
          "The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad."),
        X("United States", "Mahan Air", "transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions",
          "Mahan has been the subject of United States sanctions since 2011.",
          "\"The airline transports weapons and fighters across the Middle East, supporting the Iranian regime's destructive ambitions around the region,\" according to a tweet on Monday by US Secretary of State Mike Pompeo.",
          speaker="Mike Pompeo"),
        X("United States", "Mahan Air", "contributed to incredible human suffering, violence, and political instability by supporting al-Assad",
          "US Ambassador to Germany Richard Grenell alleged, by way of example, Mahan had \"contributed to incredible human suffering, violence, and political instability felt across the world,\" by supporting Syrian President Bashar al-Assad.",
          speaker="Richard Grenell"),
        X("United States", "Mahan Air", "flies fighters and cargo to Syria in support of al-Assad",
          "The United States government claims Mahan flies fighters and cargo to Syria in support of al-Assad."),
        X("Germany", "Mahan Air", "carries out transports to Germany that affect our security concerns",
          "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said it is possible \"that this airline carries out transports to Germany that affect our security concerns,\" and the ban followed discussions within Europe and with the US.",
          speaker="Steffen Seibert"),
        X("European Union", "Iran", "Revolutionary Guards assassination plots against dissidents",
          "The move comes after the European Union sanctioned Iran earlier in the month over alleged Revolutionary Guards assassination plots against dissidents in nations including Denmark, France, and the Netherlands."),
    ],
    "2019-01-24-car-bomb-ramming-attack-kills-dozens-at-military-base-in-mai": [
        P("Taliban", "armed_group", "Dozens died in the attack, reportedly conducted by the Taliban.",
          "The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave and the Afghan government shut out of peace talks."),
        P("Afghanistan", "state",
          "A car bomb was on Monday rammed into a military base in Maidan Shahr in the centre of Afghanistan's Maidan Wardak province.",
          "The civil war has been ongoing for seventeen years; the Taliban wants foreign forces to leave and the Afghan government shut out of peace talks.",
          aliases=["Afghan government", "central government", "Afghan forces", "Afghan"]),
        M("United States", "The Taliban met on Monday with Zalmay Khalilzad, a US peace envoy, in Qatar."),
        # "reportedly conducted by", "ascribed to the Taliban": no accuser named. A claim of responsibility is an admission.
        X("Maidan Wardak provincial council", "Afghanistan", "hiding accurate casualty figures",
          "Sharif Hotak, of the Maidan Wardak provincial council, described witnessing 35 bodies in one hospital, with some casualties, both alive and dead, transported to Kabul.",
          "Hotak also alleged the central government are \"hiding accurate casualty figures to prevent a further dip in morale of the Afghan forces\", whose US-built armoured vehicle was used to breach the compound's defences.",
          speaker="Sharif Hotak"),
    ],
    "2019-01-30-mokha-yemen-bomb-kills-photojournalist-at-least-five-others": [
        P("Houthi rebels", "armed_group",
          "It is host to an anti-Houthi, pro-government coalition fighting the Houthis.",
          aliases=["Houthis", "Houthi", "the rebels"]),
        P("Yemen", "state",
          "It is host to an anti-Houthi, pro-government coalition fighting the Houthis.",
          "Yemen has been experiencing civil war since the capital, Sanaa, fell under Houthi control in 2014.",
          aliases=["government"]),
        A(["Houthi rebels", "Iran"], "alleged_involvement", "According to al-Eryani, the rebels are backed by Iran."),
        X("Abu Dhabi Media", "Houthi rebels", "the bombing",
          "No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to Houthi rebels.",
          speaker="Ali bin Tamim"),
        X("Abu Dhabi Media", "Houthi rebels", "attacked journalists previously",
          "No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to Houthi rebels.",
          "Tamim claimed Houthis have attacked journalists previously.",
          speaker="Ali bin Tamim"),
        # Saba is the state news firm and al-Eryani the Minister of Information: the government speaks.
        X("Yemen", "Houthi rebels", "the bombing",
          "No claims of responsibility were reported yesterday, but the general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing to Houthi rebels.",
          "Similar attributions of responsibility were made by state news firm Saba and al-Eryani.",
          speaker="Moammar al-Eryani"),
    ],
    "2019-09-15-oil-facilities-in-saudi-arabia-hit-by-drone-attacks": [
        P("Saudi Arabia", "state",
          "Yesterday, oil facilities belonging to Saudi Arabia's state-owned Saudi Aramco were hit by multiple drone strikes in a pre-dawn raid.",
          aliases=["Saudi", "Saudis", "the kingdom", "Riyadh"]),
        P("Houthi movement", "armed_group", "The Yemen-based Houthi movement claimed responsibility for the attacks.",
          aliases=["Houthis", "Houthi", "Houthi rebellion"]),
        A(["Saudi Arabia", "government of Abdrabbuh Mansur Hadi"], "military_support",
          "In 2015, Saudi Arabia started supporting the government of Abdrabbuh Mansur Hadi against the Houthi rebellion, providing airstrikes with the Royal Saudi Air Force."),
        A(["Houthi movement", "Iran"], "alleged_involvement",
          "BBC's Jonathan Marcus said questions remain how much direct Iranian assistance is received by the Houthis who are ideologically aligned with Iran."),
        X("United States", "Iran", "the attacks",
          "US Secretary of State Mike Pompeo posted a message on Twitter blaming Iran for the attacks, saying there was \"no evidence the attacks came from Yemen.\"",
          speaker="Mike Pompeo"),
        X("Houthi movement", "Saudi Arabia", "the air strikes and the targeting of our civilians",
          "Speaking on al-Masirah TV in Yemen, Houthi military spokesperson Yahya Sarea said it had carried out the attack using ten drones.",
          "\"These attacks are our right, and we warn the Saudis that our targets will keep expanding\", Saree said.",
          "\"We have the right to strike back in retaliation to the air strikes and the targeting of our civilians for the last five years.\"",
          speaker="Yahya Sarea"),
    ],
    "2019-09-23-iran-s-president-rouhani-tells-foreign-powers-to-leave-persi": [
        P("Iran", "state",
          "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement.",
          aliases=["Iranian", "Islamic Republic of Iran", "Tehran"]),
        P("United States", "state",
          "The United States was more forceful in blaming Iran for the attack, committing to send more troops to Saudi Arabia."),
        P("Saudi Arabia", "state",
          "The speech came approximately one week after an attack on oil infrastructure in Saudi Arabia which halved Saudi oil output.",
          aliases=["Saudi"]),
        P("Houthi movement", "armed_group",
          "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement."),
        A(["Iran", "China", "India", "Oman", "Pakistan", "Russia"], "military_support",
          "According to the Associated Press, Iran has increased cooperation in the last few years with the navies of China, India, Oman, Pakistan, and Russia."),
        A(["United States", "Australia", "Bahrain", "Saudi Arabia", "United Kingdom", "United Arab Emirates"],
          "military_support",
          "Recently, the United States announced a naval coalition to patrol the Persian Gulf which was joined by Australia, Bahrain, Saudi Arabia, the United Kingdom and the United Arab Emirates."),
        A(["United States", "Saudi Arabia"], "military_support",
          "The United States was more forceful in blaming Iran for the attack, committing to send more troops to Saudi Arabia."),
        # Rouhani's "those who want to link the region's incidents to ... Iran are lying" names no one: not an item.
        X("Saudi Arabia", "Iran", "Iranian involvement in the attack on oil infrastructure",
          "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement."),
        X("United States", "Iran", "Iranian involvement in the attack on oil infrastructure",
          "The attack was claimed by the Houthi movement in Yemen, but both Saudi Arabia and the United States have alleged Iranian involvement.",
          "The United States was more forceful in blaming Iran for the attack, committing to send more troops to Saudi Arabia."),
    ],
    "2019-10-08-us-president-trump-announces-troop-withdrawal-from-syria": [
        P("Turkey", "state", "The statement also said US troops had defeated ISIS and Turkey would be moving into Northern Syria.",
          aliases=["Turkish"]),
        P("Syrian Democratic Forces", "armed_group",
          "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was previously given \"assurances from the US that it would not allow any Turkish military operations against the region.\"",
          aliases=["SDF"]),
        P("United States", "state",
          "Late on Sunday, the United States President Donald Trump, in a statement delivered via the press secretary, announced US troops would be leaving Syria.",
          aliases=["US", "U.S.", "USA"]),
        P("ISIS", "armed_group", "The US had been allied with Kurdish groups in fighting ISIS.", aliases=["ISIL"]),
        A(["United States", "Syrian Democratic Forces"], "military_support",
          "The US had been allied with Kurdish groups in fighting ISIS.",
          "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was previously given \"assurances from the US that it would not allow any Turkish military operations against the region.\""),
        A(["YPG", "PKK"], "political_support",
          "According to the BBC, the SDF is largely made up of YPG militia which support the Kurdistan Workers' Party (PKK)."),
        X("Turkey", "PKK", "terrorist",
          "According to a statement released by Erdogan's office, \"neutralizing the threat stemming from PKK-YPG terrorist\" is an aim of the Turkish military operation.",
          speaker="Erdogan's office"),
        X("Turkey", "YPG", "terrorist",
          "According to a statement released by Erdogan's office, \"neutralizing the threat stemming from PKK-YPG terrorist\" is an aim of the Turkish military operation.",
          speaker="Erdogan's office"),
        X("Syrian Democratic Forces", "United States", "a stab in the back",
          "One of these groups, the Syrian Democratic Forces (SDF), opposed the withdrawal and said it was previously given \"assurances from the US that it would not allow any Turkish military operations against the region.\"",
          "Kino Gabriel said, \"The statement was a surprise and we can say that it is a stab in the back for the SDF.\"",
          speaker="Kino Gabriel"),
        # Haley ("a big mistake") and McGurk ("lack of understanding") judge a decision; Graham alleges a lie.
        X("Lindsey Graham", "United States", "the biggest lie being told by the administration that ISIS is defeated",
          "Senator Lindsey Graham spoke on Fox News, \"This is going to lead to ISIS' reemergence.",
          "\"ISIS is not defeated [...] The biggest lie being told by the administration [is] that ISIS is defeated.",
          "The [US] casualties destroying the caliphate was very low\", Graham continued."),
    ],
    "2019-10-15-kurds-announce-deal-with-assad-s-government-as-turkey-invade": [
        P("Turkey", "state",
          "Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria after Turkey began a military offensive into north-eastern Syria on Wednesday.",
          aliases=["Turkish"]),
        P("Syrian Democratic Forces", "armed_group",
          "Late on Sunday, the Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an agreement with the government of Syria after Turkey began a military offensive into north-eastern Syria on Wednesday.",
          aliases=["SDF", "Kurds"]),
        P("Syria", "state",
          "The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell Tamer and Ain Issa yesterday according to state media.",
          aliases=["Syrian government", "government of Syria", "Syrian Army", "Syrian"]),
        A(["Syrian Democratic Forces", "Syria"], "military_support",
          "In a statement, the SDF said, \"An agreement has been reached with the Syrian government — whose duty it is to protect the country's borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression\"."),
        A(["YPG", "PKK"], "alleged_involvement",
          "PKK is a banned militant organization in Turkey; YPG is the main fighting force of the SDF, largely Kurdish and, according to Turkey, supportive of the PKK."),
        A(["Turkey", "NATO"], "military_treaty",
          "Erdoğan cited Article 5 of the NATO treaty and said, \"They need to stand by us\", while addressing the press yesterday."),
        X("Turkey", "PKK", "terrorists",
          "Erdoğan said the invasion was \"to prevent the creation of a terror corridor across our southern border, and to bring peace to the area.\"",
          "He named it \"Operation Peace Spring\" and named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists.",
          speaker="Erdoğan"),
        X("Turkey", "YPG", "terrorists",
          "Erdoğan said the invasion was \"to prevent the creation of a terror corridor across our southern border, and to bring peace to the area.\"",
          "He named it \"Operation Peace Spring\" and named both the Kurdistan Workers' Party (PKK) and People's Protection Units (YPG) as terrorists.",
          speaker="Erdoğan"),
        X("Syrian Democratic Forces", "Turkey", "aggression",
          "In a statement, the SDF said, \"An agreement has been reached with the Syrian government — whose duty it is to protect the country's borders and preserve Syrian sovereignty — for the Syrian Army to enter and deploy along the Syrian-Turkish border to help the [SDF] stop [the Turkish] aggression\"."),
        X("Syrian Democratic Forces", "Turkey", "hundreds of ISIS fighters escaped following Turkish airstrikes",
          "The SDF said hundreds of ISIS (Islamic State of Iraq and Syria) fighters escaped following Turkish airstrikes from a camp at Ain Issa."),
        X("European Union", "Turkey", "the operation: a military offensive with airstrikes followed by a ground invasion",
          "On Wednesday, Turkey began a military offensive with airstrikes followed by a ground invasion.",
          "The operation was condemned by members of the European Union."),
    ],
    "2019-11-10-coalition-authorities-report-no-casualties-from-missile-stri": [
        P("Combined Joint Task Force Operation Inherent Resolve", "other",
          "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.",
          aliases=["Coalition", "Coalition forces", "Coalition troops"]),
        P("United States", "state",
          "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.",
          aliases=["U.S."]),
        P("Iraq", "state",
          "On Friday, the Combined Joint Task Force Operation Inherent Resolve released a statement saying an attack that day on an Iraqi air base housing U.S. military personnel near Mosul produced no casualties.",
          aliases=["Iraqi", "Government of Iraq", "Iraqi Security Forces"]),
        A(["Combined Joint Task Force Operation Inherent Resolve", "Iraq"], "military_support",
          "Coalition forces are in Iraq at the invitation of the Government of Iraq to defeat ISIS remnants;"),
        A(["United States", "Iraq"], "military_support",
          "The base is home to U.S. troops there to eliminate Islamic State elements in cooperation with Iraqi security forces."),
        A(["Iraqi militias", "Iran"], "other",
          "No organization immediately claimed credit for the attack, but some Iraqi militias associated with Iran had made threats against U.S. personnel."),
        X("protesters", "Iran", "unduly influencing their government and inducing politicians to act against Iraq's interests",
          "Protesters have claimed Iran, especially, amongst other outside parties, is unduly influencing their government and inducing politicians to act against Iraq's interests."),
    ],
    "2020-01-05-united-states-military-kills-qasem-soleimani": [
        P("United States", "state",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          aliases=["U.S.", "American"]),
        P("Iran", "state",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          aliases=["Iranian"]),
        P("Popular Mobilization Forces", "armed_group",
          "al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an Iranian-backed militia.",
          aliases=["PMF"]),
        P("Iraq", "state",
          "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, calling it \"an aggression on Iraq as a state, government and people\" as well as a violation of the rules relating to the presence of United States troops in Iraq."),
        A(["Popular Mobilization Forces", "Iran"], "military_support",
          "al-Muhandis was the deputy commander of the Popular Mobilization Forces (PMF), an Iranian-backed militia."),
        A(["Israel", "United States"], "political_support",
          "In his statement, Israeli Prime Minister Benjamin Netanyahu found the air strike justified and called Trump's order swift, forceful and decisive."),
        # Soleimani headed Iran's Quds Force: what he is accused of, Iran is accused of.
        X("United States", "Iran", "developing plans to attack American diplomats and service members",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          "General Soleimani was actively developing plans to attack American diplomats and service members in Iraq and throughout the region.",
          speaker="United States Department of Defense"),
        X("United States", "Iran", "responsible for the deaths of hundreds of American and coalition service members",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          "General Soleimani and his Quds Force were responsible for the deaths of hundreds of American and coalition service members and the wounding of thousands more.",
          speaker="United States Department of Defense"),
        X("United States", "Iran", "orchestrated attacks on coalition bases in Iraq",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          "He had orchestrated attacks on coalition bases in Iraq over the last several months – including the attack on December 27th – culminating in the death and wounding of additional American and Iraqi personnel.",
          speaker="United States Department of Defense"),
        X("United States", "Iran", "approved the attacks on the U.S. Embassy in Baghdad",
          "The United States called its actions defensive in nature, pointing to the December 31 attack on the United States Embassy in Baghdad as an example of the attacks on U.S. citizens that Soleimani took part in.",
          "General Soleimani also approved the attacks on the U.S. Embassy in Baghdad that took place this week.",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          speaker="United States Department of Defense"),
        X("United States", "Iran", "terrorist",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          "In 2007, the United States government labeled Soleimani as a terrorist and levied sanctions against him.",
          "Last April, the United States Department of State also designated the IRGC as a terrorist organization."),
        X("United States", "Iran", "a plot to kill the Saudi Arabian ambassador to the United States",
          "Thursday, United States military forces killed Qasem Soleimani, head of Iran's Quds Force, in an airstrike.",
          "He was further sanctioned in 2011 in relation to a plot to kill the Saudi Arabian ambassador to the United States."),
        X("Popular Mobilization Forces", "Israel", "the attack",
          "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.",
          speaker="Ahmed al-Assadi"),
        X("Popular Mobilization Forces", "United States", "the attack",
          "In a statement following the attack, Ahmed al-Assadi, a spokesman for the PMF, blamed both Israel and the United States for the attack.",
          speaker="Ahmed al-Assadi"),
        X("Iraq", "United States", "an aggression on Iraq as a state, government and people",
          "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, calling it \"an aggression on Iraq as a state, government and people\" as well as a violation of the rules relating to the presence of United States troops in Iraq.",
          speaker="Adil Abdul-Mahdi"),
        X("Iraq", "United States", "a violation of the rules relating to the presence of United States troops in Iraq",
          "Adil Abdul-Mahdi, the acting Prime Minister of Iraq, spoke out against the attack, calling it \"an aggression on Iraq as a state, government and people\" as well as a violation of the rules relating to the presence of United States troops in Iraq.",
          speaker="Adil Abdul-Mahdi"),
    ],
    "2020-01-06-iraqi-parliament-votes-for-expulsion-of-united-states-troops": [
        P("United States", "state", "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.",
          aliases=["U.S."]),
        P("Iraq", "state", "Yesterday, the Parliament of Iraq voted on a resolution to expel United States troops from the country.",
          aliases=["Iraqi"]),
        A(["United States", "Iraq"], "military_support",
          "Following the vote, a United States Department of State spokesperson, Morgan Ortagus, indicated the United States was disappointed by the Parliament's decision:",
          "\"we strongly urge Iraqi leaders to reconsider the importance of the ongoing economic and security relationship between the two countries and the continued presence of the Global Coalition to Defeat ISIS\"."),
        X("Iraq", "United States", "a serious violation of Iraqi sovereignty",
          "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.",
          "The Foreign Ministry of Iraq characterized the attack as \"a serious violation of Iraqi sovereignty\".",
          speaker="Foreign Ministry of Iraq"),
    ],
    "2020-01-10-greek-prime-minister-reaffirms-eastmed-pipeline-project-is-o": [
        P("Greece", "state",
          "He also noted that the Libyan House of Representatives rejected the demarcation, and that Greece and Turkey might end up before International Court of Justice in the Hague if talks would fail.",
          aliases=["Greek", "Athens"]),
        P("Turkey", "state",
          "He also noted that the Libyan House of Representatives rejected the demarcation, and that Greece and Turkey might end up before International Court of Justice in the Hague if talks would fail.",
          aliases=["Turkish"]),
        P("Cyprus", "state",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8.",
          aliases=["Cypriot"]),
        P("Libya", "state",
          "On November 27, Turkey and Libya signed a maritime border agreement, according to which a section between Crete and Cyprus would cross the Turkish economic zone.",
          aliases=["Libyan"]),
        A(["Greece", "Cyprus", "Israel"], "political_support",
          "On last Thursday, the delegations of Cyprus, Greece and Israel had met for their seventh trilateral summit, that time in Athens at the Zappeion Hall, to sign an agreement to construct the EastMed pipeline by 2025."),
        A(["Turkey", "Libya"], "other",
          "On November 27, Turkey and Libya signed a maritime border agreement, according to which a section between Crete and Cyprus would cross the Turkish economic zone."),
        A(["Egypt", "Greece", "Cyprus"], "political_support",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8."),
        A(["Turkey", "Northern Cyprus"], "political_support",
          "Turkey maintains a position that only Northern Cyprus, which is recognized only by Turkey, has the right to the exclusive economic zone around the island."),
        A(["United States", "Greece", "Cyprus", "Israel"], "political_support",
          "Mitsotakis reaffirmed that the EastMed project, which currently involves Greece, Cyprus and Israel, is open for other countries to join.",
          "The United States expressed its support via the December 20 signing of the Eastern Mediterranean Bill, a July 25 quadrilateral meeting in Washington, and sent Secretary of State Mike Pompeo to join the trilateral meeting of EastMed countries on March 20 last year."),
        # The charges against the Turkish-Libyan agreement are aimed at Turkey (see README).
        X("Greece", "Turkey", "the border agreement is null and void and infringes upon Greece's sovereign rights",
          "He also commented on the Turkish-Libyan maritime border agreement, calling it \"null and void\" and \"geographically ridiculous\".",
          "In regard of clashing exclusive economic zone claims, he noted \"it is important to point out that the agreement signed between Turkey and Libya infringe upon Greece’s sovereign rights\".",
          speaker="Kyriakos Mitsotakis"),
        X("European Union", "Turkey", "drilling operations",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8."),
        X("Egypt", "Turkey", "drilling operations",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8."),
        X("Greece", "Turkey", "drilling operations",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8."),
        X("Cyprus", "Turkey", "drilling operations",
          "Because of its drilling operations there, Turkey is already under EU sanctions, and was condemned in a joint statement by Egypt, Greece and Cyprus on October 8."),
    ],
    "2020-01-11-cairo-summit-denounces-turkish-libyan-maritime-border-agreem": [
        P("Turkey", "state",
          "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and allowed Turkish army deployments in Libya.",
          aliases=["Turkish"]),
        P("Libya", "state",
          "On Wednesday, an assembly of several foreign ministers in Cairo denounced the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and allowed Turkish army deployments in Libya.",
          aliases=["Libyan"]),
        P("Greece", "state", "The border issue is the \"main difference\" between Greece and Turkey, he added.",
          aliases=["Greek", "Athens"]),
        P("Cyprus", "state", "They called on Turkey to halt their drilling operations within the EEZ of Cyprus",
          aliases=["Cypriot"]),
        A(["Turkey", "Libya"], "military_support",
          "the memoranda of understanding between Turkey and Libya in which Turkey and Libya agreed on maritime borders in the Eastern Mediterranean and allowed Turkish army deployments in Libya"),
        A(["Egypt", "Greece", "Cyprus", "France"], "political_support", CAIRO_MINISTERS),
        A(["Israel", "Cyprus", "Greece"], "political_support",
          "The EastMed pipeline is a Israeli-Cypriot-Greek effort intended to connect East Mediterranean offshore gas fields with the European mainland via a pipeline, on a route which passes through Turkish-claimed maritime territories."),
        # The four ministers concluded and called together: one item per state and allegation (see README).
        *[X(state, "Turkey", "the maritime border agreement is null and void and infringes upon the sovereign rights of third states",
            CAIRO_MINISTERS, CAIRO_CONCLUDED, *extra, speaker=speaker)
          for state, speaker, extra in CAIRO_STATES],
        *[X(state, "Turkey", "drilling operations within the EEZ of Cyprus",
            CAIRO_MINISTERS, "They called on Turkey to halt their drilling operations within the EEZ of Cyprus", speaker=speaker)
          for state, speaker, _ in CAIRO_STATES],
        *[X(state, "Turkey", "sending Turkish soldiers to Libya goes against the United Nations Security Council resolution 2259",
            CAIRO_MINISTERS,
            "deemed that the agreement on sending Turkish soldiers to Libya, where a civil war is underway, goes against the United Nations Security Council resolution 2259.",
            speaker=speaker)
          for state, speaker, _ in CAIRO_STATES],
    ],
    "2020-01-13-iran-admits-downing-ukrainian-jet-cites-human-error": [
        P("Iran", "state", IRAN_ADMITS, aliases=["Iranian", "Islamic Republic of Iran", "Tehran"]),
        P("United States", "state",
          "A few hours before the Boeing 737-800 jet crashed on Wednesday, Iran launched missiles targeting US troops in Iraqi military bases in response to the US airstrike that killed Iranian general, Qasem Soleimani at a Baghdad airport.",
          aliases=["US"]),
        P("Ukraine", "state", IRAN_ADMITS, aliases=["Ukrainian"]),
        X("United States", "Iran", "the crash was likely Iran's doing",
          "US Secretary of State Mike Pompeo said the crash was \"likely\" Iran's doing.", speaker="Mike Pompeo"),
        # Iran admits the downing (not an accusation) and blames it partly on the United States.
        X("Iran", "United States", "the fear of aggression from the United States", IRAN_ADMITS),
    ],
    "2020-06-05-yemeni-journalist-nabil-hasan-al-quaety-shot-dead-in-aden": [
        P("Southern Transitional Council", "separatist_authority",
          "The Southern Transitional Council, previously an ally of the government, is currently in conflict against it.",
          aliases=["the council"]),
        P("Yemen", "state",
          "Nabil Hasan al-Quaety, a photo- and videojournalist from Yemen, died in the city of Aden, in southern Yemen, on Tuesday after being shot in his car.",
          "The Southern Transitional Council, previously an ally of the government, is currently in conflict against it.",
          aliases=["the government"]),
        P("Houthi rebels", "armed_group", "Both sides also oppose Houthi rebels."),
        # "previously an ally" is a past tie; calls to investigate and condemnations name no accused.
    ],
    "2020-09-05-germany-says-alexei-navalny-poisoned-with-novichok": [
        P("Germany", "state", NAVALNY_SAID, aliases=["German", "Berlin"]),
        P("Russia", "state", "The Russian government dismissed the claim from Berlin as groundless.",
          aliases=["Russian"]),
        P("Alexei Navalny", "person", NAVALNY_SAID, aliases=["Navalny"]),
        X("Germany", "Russia", "Navalny was poisoned with Novichok",
          NAVALNY_SAID, "Angela Merkel, the Chancellor of Germany, demanded an explanation from Russia."),
    ],
}


def article(article_id: str, folders: list[Path]) -> str:
    for folder in folders:
        path = folder / f"{article_id}.txt"
        if path.is_file():
            return path.read_bytes().decode("utf-8")
    raise SystemExit(f"no article {article_id}")


def corpus_metadata(index_path: Path) -> dict[str, dict]:
    """Title and date of each corpus article, by article id (the seeds have none)."""
    index = json.loads(index_path.read_text(encoding="utf-8"))
    return {Path(entry["file"]).stem: entry for entry in index}


def evidence(text: str, quote: str, article_id: str) -> dict:
    start = text.find(quote)
    if start < 0:
        raise SystemExit(f"{article_id}: not verbatim: {quote!r}")
    return {"quote": quote, "start": start, "end": start + len(quote), "match": "exact"}


def all_articles(folders: list[Path]) -> set[str]:
    return {p.stem for folder in folders for p in folder.glob("*.txt")}


def splits() -> list[tuple[str, dict, list[Path], Path, Path]]:
    """(name, annotations, article folders, corpus index, output folder) of each split.

    `tuned`: the 17 articles the first reading was developed on; `dev`: further articles
    rules may be developed on; `dev2`: the first test split, spent (scored twice) and so
    moved to dev; `test`: held-out articles, annotated before any rule was scored on them and
    never used to develop one (tests/gold/README.md lists each).
    """
    import sys
    sys.path.insert(0, str(HERE))
    found = [("tuned", GOLD, FOLDERS, CORPUS / "index.json", HERE)]
    for name, module in (("dev", "dev_annotations"), ("dev2", "dev2_annotations"), ("test", "heldout_annotations"),
                         ("test3", "test3_annotations"), ("test4", "test4_annotations"),
                         ("test5", "test5_annotations"), ("test6", "test6_annotations"),
                         ("test7", "test7_annotations"), ("test8", "test8_annotations"),
                         ("test9", "test9_annotations"), ("test10", "test10_annotations"),
                         ("test11", "test11_annotations"), ("test12", "test12_annotations"),
                         ("test13", "test13_annotations"), ("test14", "test14_annotations"),
                         ("test15", "test15_annotations"), ("test16", "test16_annotations")):
        if (HERE / f"{module}.py").is_file():
            annotations = __import__(module).GOLD
            found.append((name, annotations, [CORPUS / name], CORPUS / name / "index.json", HERE / name))
    return found


def main() -> None:
    for name, gold, folders, index_path, out in splits():
        missing = all_articles(folders) - set(gold)
        if missing:
            raise SystemExit(f"{name}: no annotations for {sorted(missing)}")
        metadata = corpus_metadata(index_path)
        out.mkdir(exist_ok=True)
        for article_id, items in gold.items():
            write_gold(article_id, items, article(article_id, folders), metadata.get(article_id, {}), out, name)


def write_gold(article_id: str, items: list, text: str, meta: dict, out: Path, split: str) -> None:
    briefing = {
        "schema_version": SCHEMA_VERSION,
        "source": {"id": article_id, "sha256": hashlib.sha256(text.encode()).hexdigest(), "chars": len(text),
                   "title": meta.get("title"), "published": meta.get("date")},
        "provenance": {"provider": "gold", "model": "human", "prompt_version": "-", "method": "quoted",
                       "schema_version": SCHEMA_VERSION, "calls": 0, "prompt_tokens": 0,
                       "completion_tokens": 0, "seconds": 0.0},
        "actors": [], "parties": [], "mediators": [], "alliances": [], "accusations": [], "rejected": [],
    }
    for category, fields, quotes in items:
        if len(set(quotes)) != len(quotes):
            raise SystemExit(f"{article_id}: a quote given twice in {fields}")
        briefing[category].append({**fields, "evidence": [evidence(text, q, article_id) for q in quotes]})
    from summariser.models import Briefing
    Briefing.model_validate(briefing)  # a kind the schema lacks is an annotation slip: refuse it here
    (out / f"{article_id}.json").write_text(json.dumps(briefing, ensure_ascii=False, indent=2) + "\n",
                                            encoding="utf-8")
    counts = "/".join(str(len(briefing[c])) for c in ("parties", "mediators", "alliances", "accusations"))
    print(f"{split:>5} {counts:>10}  {article_id}")


if __name__ == "__main__":
    main()
