"""The parse-based rules on constructed sentences, one construction each: the exact accuser,
accused and allegation (accusations), mediator (mediations) and members (ties).

The sentences are written for these tests in ordinary news English; none is taken from the
gold articles, and the names are chosen across regions so no rule can lean on one conflict.
"""

from __future__ import annotations

import pytest

from summariser.cited import candidates
from summariser.reading import read
from summariser.reading.pipeline import parse


def accusations(text: str) -> list[tuple[str, str, str]]:
    reading = read(text)
    return [(a.accuser, a.accused, text[a.allegation[0]:a.allegation[1]]) for a in reading.accusations]


def pairs(text: str) -> list[tuple[str, str]]:
    """(accuser, accused) of each accusation, in order."""
    return [(a, b) for a, b, _ in accusations(text)]


def mediators(text_or_reading: "str | object") -> list[str]:
    """The mediators a text (or a reading) names, each once, sorted."""
    reading = read(text_or_reading) if isinstance(text_or_reading, str) else text_or_reading
    return sorted({m.mediator for m in reading.mediations})


CONSTRUCTIONS = [
    # active: subject accuses object, the "of" complement is the charge
    ("Ukraine accused Russia of shelling civilian areas in Kharkiv.",
     [("UKR", "RUS", "shelling civilian areas in Kharkiv")]),
    # passive: the agent accuses the subject
    ("Eritrea was accused by Ethiopia of sending troops into Tigray.",
     [("ETH", "ERI", "sending troops into Tigray")]),
    # reported speech, an organ of a state speaking, a demonym for the accused
    ("The Azerbaijani Ministry of Defence said Armenian troops had bombed the city of Ganja.",
     [("AZE", "ARM", "had bombed the city of Ganja")]),
    # reported speech after the clause, a state named by an acronym
    ("The DPRK fired two missiles into the sea, South Korea said.",
     [("KOR", "PRK", "fired two missiles into the sea")]),
    # an armed force standing for its state
    ("South Korea said the KPA had fired artillery across the border.",
     [("KOR", "PRK", "had fired artillery across the border")]),
    # "security forces" stand for their state
    ("Pakistani security forces said that Indian troops had violated the ceasefire in Kashmir.",
     [("PAK", "IND", "had violated the ceasefire in Kashmir")]),
    # a pronoun accuser: "It" is the report of the sentence before, which stands for the UN
    ("A United Nations report published on Monday examined the border. It also accused North Korea of "
     "violating the armistice.",
     [("un", "PRK", "violating the armistice")]),
    # denouncing an act: the owner of the act is accused
    ("The Ukrainian Foreign Ministry denounced the Russian strikes on Kyiv as a war crime.",
     [("UKR", "RUS", "the Russian strikes on Kyiv")]),
    ("China decried the sanctions imposed by Washington.",
     [("CHN", "USA", "the sanctions imposed by Washington")]),
    ("Israel blamed the bombing on Hezbollah.", [("ISR", "hezbollah", "the bombing")]),
    ("Turkey called on Greece to halt its drilling near Crete.",
     [("TUR", "GRC", "halt its drilling near Crete")]),
    ("The United States held Iran responsible for the attack on the tanker.",
     [("USA", "IRN", "the attack on the tanker")]),
    ("According to Kenyan officials, al-Shabaab fighters attacked a police post near the border.",
     [("KEN", "al-shabaab", "attacked a police post near the border")]),
    ("Mali's junta accused France of espionage.", [("MLI", "FRA", "espionage")]),
    ("Moscow denounced Kyiv's drone attacks on Russian territory.",
     [("RUS", "UKR", "Kyiv's drone attacks on Russian territory")]),
    ("Iran's foreign ministry condemned the Israeli airstrike in Damascus.",
     [("IRN", "ISR", "the Israeli airstrike in Damascus")]),
    ("North Korea fired a ballistic missile into the sea, Japan's defence ministry said.",
     [("JPN", "PRK", "fired a ballistic missile into the sea")]),
    # a claim the speaker rejects is the claimant's, against the one who rejects it
    ("Russia rejected Ukraine's claims that it had shelled the nuclear plant.",
     [("UKR", "RUS", "it had shelled the nuclear plant")]),
    # the press reports; a claim of responsibility is no accusation
    ("Greek daily Kathimerini said Turkish ships had entered the zone.", []),
    ("The Houthis claimed responsibility for the attack.", []),
    ("US officials blamed Russian hackers for the cyberattack on the pipeline.",
     [("USA", "RUS", "the cyberattack on the pipeline")]),
    ("Kosovo's prime minister accused Serbia of backing the gunmen.", [("XKX", "SRB", "backing the gunmen")]),
    # the act is the charge: a passive verb on it, a label of it (with what it is called), a protest about it
    ("Nigeria's actions were condemned by Ghana.", [("GHA", "NGA", "Nigeria's actions")]),
    ("Ukraine called the attack by Russia a war crime.", [("UKR", "RUS", "the attack by Russia a war crime")]),
    ("Vietnam protested China's deployment of a survey ship in its waters.",
     [("VNM", "CHN", "China's deployment of a survey ship")]),
    # attack in words aimed with "at" / "against"; measures and protests named by a noun
    ("Pakistan lashed out at Afghanistan over the border clashes.", [("PAK", "AFG", "the border clashes")]),
    ("The US army hit the target in Syria.", []),
    ("Germany imposed sanctions on Russia over the poisoning of Alexei Navalny.",
     [("DEU", "RUS", "the poisoning of Alexei Navalny")]),
    ("Mexico filed a complaint with the United Nations against Guatemala over the river pollution.",
     [("MEX", "GTM", "the river pollution")]),
    ("China lodged a protest with Japan over the release of water from Fukushima.",
     [("CHN", "JPN", "the release of water from Fukushima")]),
    ("Russia imposed restrictions on imports from Finland.", []),
    # a demand in a that-clause; a claim reported "in a statement that ..."
    ("India demanded that China withdraw its troops from the disputed area.",
     [("IND", "CHN", "withdraw its troops from the disputed area")]),
    ("Kenya's foreign ministry said in a statement that Somalia had violated its sovereignty.",
     [("KEN", "SOM", "had violated its sovereignty")]),
    # domestic news: police, courts and prosecutors act for the state the article is about
    ("A 31-year-old woman was arrested by police in Lyon, France, on suspicion of arson. French media named "
     "her as Claire Dubois.",
     [("FRA", "claire-dubois", "on suspicion of arson")]),
    ("Peter Lindqvist, 40, appeared in a court in Uppsala, Sweden, on Monday, charged with two counts of arson. "
     "Judge Anna Berg ordered that he stay in custody. Swedish police alleged the accused attacked two mosques.",
     [("SWE", "peter-lindqvist", "attacked two mosques")]),
    ("A Canadian judge sentenced Mark Tremblay to life in prison without the possibility of parole for "
     "murdering four people in Canada.",
     [("CAN", "mark-tremblay", "murdering four people in Canada")]),
    ("Bolivia held a vote on Sunday. A Bolivian court later sentenced Luis Mamani to six years in prison for "
     "fraud.", [("BOL", "luis-mamani", "fraud")]),
    ("Jonas Weber was charged with murder in Berlin, Germany, on Friday. German media reported the news.",
     [("DEU", "jonas-weber", "murder")]),
    # civic groups speak as one; "the government" is a state's office, not the speaker's
    ("Critics accused the Hungarian government of undermining press freedom.",
     [("critics", "HUN", "undermining press freedom")]),
    ("Romania held a general election on Sunday, the Romanian electoral bureau said. Some members of "
     "opposition parties claimed that the government had rigged the vote.",
     [("opposition-parties", "ROU", "had rigged the vote")]),
    # a step toward a wrong states the wrong: "have chosen to crush", "tried to storm"
    ("Human Rights Watch said the Nicaraguan authorities have chosen to crush dissent by force.",
     [("human-rights-watch", "NIC", "have chosen to crush dissent by force")]),
    ("Kenya's government said al-Shabaab fighters tried to storm the base.",
     [("KEN", "al-shabaab", "tried to storm the base")]),
    # the one named as the perpetrator is accused
    ("The Nigerian army said Boko Haram fighters are the perpetrators.",
     [("NGA", "boko-haram", "are the perpetrators")]),
    # criticism of someone's act while they act: the critic accuses the one who acts
    ("The Chilean president approved the law, despite criticism from Bolivia, which questioned his right to "
     "close the border.", [("BOL", "CHL", "questioned his right to close the border")]),
    # opposing someone's decision or say-so in words ("attacked the decision", not "attacked the convoy")
    ("Indonesia's foreign minister attacked the decision by Australia to move its embassy.",
     [("IDN", "AUS", "attacked the decision by Australia to move its embassy")]),
    ("Morocco questioned Algeria's authority to host the talks.",
     [("MAR", "DZA", "questioned Algeria's authority to host the talks")]),
    ("Rebels attacked the convoy of the Congolese army.", []),
    # citing someone's wrong accuses them; citing a worry does not
    ("Ethiopia cited Egypt's interference in its internal affairs.",
     [("ETH", "EGY", "Egypt's interference in its internal affairs")]),
    ("Ethiopia cited security concerns.", []),
    # an act done to someone names its victim, not its doer
    ("Ukraine condemned Navalny's poisoning.", []),
    # domestic sides: a party's members, a chamber and the opposition are actors of their own, and
    # the state's leader they accuse is the person
    ("Democrats accused the White House of obstructing the inquiry.",
     [("democrats", "USA", "obstructing the inquiry")]),
    ("Congress accused the Pentagon of hiding the costs.", [("congress", "USA", "hiding the costs")]),
    # (the opposition leader named is the person, as the wire golds name Ter-Petrosyan or Guaidó)
    ("Kenya's opposition leader Raila Odinga accused President William Ruto of rigging the vote.",
     [("raila-odinga", "william-ruto", "rigging the vote")]),
    ("Brazil's Congress voted on Monday in Brasília, as Brazilian media said it would. The Chamber of Deputies "
     "then impeached President Dilma Rousseff over the manipulation of the budget. After that, the Senate "
     "accused Rousseff of breaking the budget laws of the country.",
     [("chamber-of-deputies", "dilma-rousseff", "the manipulation of the budget"),
      ("senate", "dilma-rousseff", "breaking the budget laws of the country")]),
    # an organ of the state, by its name, stands for the state the article is about
    ("Thailand held an election on Sunday, Thai officials said. The National Anti-Corruption Commission (NACC) "
     "accused the Future Forward Party of taking an illegal loan from its leader.",
     [("THA", "future-forward-party", "taking an illegal loan from its leader")]),
    # a quotation that runs over several sentences: its opener speaks every one of them
    ("Ukraine's defence ministry said in a statement: \"The strikes hit the port at dawn. Russian forces had "
     "shelled the grain terminal for three days.\"",
     [("UKR", "RUS", "had shelled the grain terminal for three days")]),
    # a state's own sources report for it; sources alone are the press
    ("According to Georgian sources, Russian troops shelled the village of Nikozi.",
     [("GEO", "RUS", "shelled the village of Nikozi")]),
    ("According to diplomatic sources, Russian troops shelled the village of Nikozi.", []),
    ("Interior Minister Joachim Brudzinski of Poland called the stabbing by Stefan Wilmont an act of barbarity.",
     [("POL", "stefan-wilmont", "the stabbing by Stefan Wilmont an act of barbarity")]),
    ("The EU described the Russian strikes on Kyiv as barbaric.", [("eu", "RUS", "the Russian strikes on Kyiv as barbaric")]),
    ("Britain said it was treating the poisoning of Sergei Skripal by Russian agents as attempted murder.",
     [("GBR", "RUS", "the poisoning of Sergei Skripal by Russian agents as attempted murder")]),
    # "opened fire on": a light verb and a wrong named by a noun
    ("Thailand's army said Cambodian soldiers had opened fire on its patrol.",
     [("THA", "KHM", "had opened fire on its patrol")]),
    # a label given with "as" to an act, the "as" hung on the act's own clause
    ("Cuba described the embargo imposed by the United States as economic warfare and a crime.",
     [("CUB", "USA", "the embargo imposed by the United States as economic warfare and a crime")]),
    # "X-led" forces are X's
    ("The Houthis said Saudi-led coalition jets had bombed a school bus in Dahyan.",
     [("houthis", "SAU", "had bombed a school bus in Dahyan")]),
    # the accused named by a relative pronoun
    ("Rwanda backs the rebels, whom Uganda has accused of raiding border villages.",
     [("UGA", "rebels", "raiding border villages")]),
    # a verb joined to a denial is not inside it; the wrong is the one the denial names
    ("Al-Shabaab denied responsibility for the bombing and blamed the Islamic State.",
     [("al-shabaab", "islamic-state", "the bombing")]),
    # a warning against a wrong says the one warned does it
    ("Beijing warned Manila against provoking clashes in the South China Sea.",
     [("CHN", "PHL", "provoking clashes in the South China Sea")]),
    # a penalty whose cause hangs on the one penalised
    ("Algeria summoned the French ambassador over the detention of an Algerian diplomat.",
     [("DZA", "FRA", "the detention of an Algerian diplomat")]),
    # a group the actor data lacks, named by an acronym before a noun for fighters, or after "the"
    ("Mali's army accused the MNLA rebels of attacking a garrison in Kidal.",
     [("MLI", "mnla", "attacking a garrison in Kidal")]),
    ("Chad accused the UFDD of attacking the town of Abeche.", [("TCD", "ufdd", "attacking the town of Abeche")]),
    ("The attack happened at 06:00 GMT, the BBC said.", []),
    # named groups before a noun for a group, or beside one
    ("Haiti's police blamed the Viv Ansanm gang for the attack on the prison.",
     [("HTI", "viv-ansanm", "the attack on the prison")]),
    ("Niger blamed a little-known armed group, Front Patriotique de Libération, for the pipeline attack.",
     [("NER", "front-patriotique-de-liberation", "the pipeline attack")]),
    # a state's mediators, investigators and services speak for it; a breach "in violation of"
    ("Qatari mediators said Israel had blocked aid trucks at the crossing.",
     [("QAT", "ISR", "had blocked aid trucks at the crossing")]),
    ("Cyprus said Turkish ships remained in its waters in violation of the agreement.",
     [("CYP", "TUR", "remained in its waters in violation of the agreement")]),
    ("Vietnam's coast guard said Chinese ships had used water cannon against its fishing boats.",
     [("VNM", "CHN", "had used water cannon against its fishing boats")]),
    # a proper name nobody introduced, aimed at by an accusing verb, is a side
    ("Colombia blamed the Clan del Golfo for the killings of two soldiers.",
     [("COL", "clan-del-golfo", "the killings of two soldiers")]),
    ("Nigeria blamed the Kaduna-based Ansaru for the train attack.", [("NGA", "ansaru", "the train attack")]),
    # a side whose name holds a press word is still a side
    ("The head of Kenya Broadcasting Media, James Otieno, blamed al-Shabaab for the bombing of its studio.",
     [("kenya-broadcasting-media", "al-shabaab", "the bombing of its studio")]),
    # "the crown prince" is the one introduced with that title, not the nearest actor
    ("Jordan's Crown Prince Hussein bin Abdullah visited Gaza. Israel's army said the crown prince had "
     "incited violence.", [("ISR", "JOR", "had incited violence")]),
    # a quotation of several sentences attributed at its end: the speaker says every one
    ("\"Myanmar's army has chosen to burn villages in Sagaing. This must end,\" said Human Rights Watch.",
     [("human-rights-watch", "MMR", "has chosen to burn villages in Sagaing")]),
    # a reported wrong in the passive: its agent did it
    ("Somali officials said the bombing was carried out by al-Shabaab.",
     [("SOM", "al-shabaab", "the bombing was carried out by al-Shabaab")]),
    # opposing an act named with "of Z as W by Y": Y made it
    ("Jordan attacked the recognition of the Golan as Israeli territory by the United States.",
     [("JOR", "USA", "attacked the recognition of the Golan")]),
    # the other side's denial after the claim does not undo it
    ("Kenya blamed al-Shabaab for the bombing in Lamu; the group denied involvement.",
     [("KEN", "al-shabaab", "the bombing in Lamu")]),
    # a verb whose small-model lemma lost its "e" ("staged" -> "stag"), after a denial by the speaker
    ("Moscow denied the accusation and said Kyiv had staged the attack.",
     [("RUS", "UKR", "had staged the attack")]),
    # the accused named by an object pronoun is not the accuser: "it" is the one sanctioned
    ("Poland imposed sanctions on Belarus, accusing it of orchestrating a migrant crisis.",
     [("POL", "BLR", "orchestrating a migrant crisis")]),
    # officials seated in a capital speak for its state
    ("Officials in Kabul said Pakistan was harbouring Taliban leaders.",
     [("AFG", "PAK", "was harbouring Taliban leaders")]),
    # accusations traded: each side accuses the other
    ("India and Pakistan traded accusations over the shelling of border villages.",
     [("IND", "PAK", "the shelling of border villages"), ("PAK", "IND", "the shelling of border villages")]),
    # the article's own "Long Name (ACR)" beats a known acronym of another body
    ("The Sudanese army and the Rapid Support Forces (RSF) blamed each other for the fighting in Khartoum.",
     [("SDN", "rsf", "the fighting in Khartoum"), ("rsf", "SDN", "the fighting in Khartoum")]),
    # what X leads acts for X; a state's own news agency speaks for it
    ("The Saudi-led coalition accused the Houthis of firing a ballistic missile at Riyadh.",
     [("SAU", "houthis", "firing a ballistic missile at Riyadh")]),
    ("Syria's state news agency SANA said Israeli warplanes had struck targets near Damascus.",
     [("SYR", "ISR", "had struck targets near Damascus")]),
    ("Greek daily Kathimerini said Turkey had violated Greek airspace.", []),
    # an act with its doer named by "by", inside what a state's ministry reports
    ("Azerbaijan's defence ministry said its troops had responded to provocations by Armenian units.",
     [("AZE", "ARM", "provocations by Armenian units")]),  # its own troops' act is no charge
    # idioms and reactions: pointing the finger, a complaint lodged with a state, condemnation drawn
    ("Iranian officials pointed the finger at Israel after an explosion at the nuclear site.",
     [("IRN", "ISR", "an explosion at the nuclear site")]),
    ("Beijing lodged a formal complaint with Washington over the sale of fighter jets to Taiwan.",
     [("CHN", "USA", "the sale of fighter jets to Taiwan")]),
    ("Pyongyang fired a ballistic missile into the sea, prompting condemnation from Seoul and Tokyo.",
     [("KOR", "PRK", "fired a ballistic missile into the sea"), ("JPN", "PRK", "fired a ballistic missile into the sea")]),
    # a shared acronym is the one the article's other names point to; "the paramilitary group"
    # is the one armed group named, and "the army" the state named before
    ("The Sudanese army said the RSF had shelled El Obeid. The paramilitary group denied it and said "
     "the army had bombed markets in Nyala.",
     [("SDN", "rsf", "had shelled El Obeid"), ("rsf", "SDN", "had bombed markets in Nyala")]),
    ("Reporters Without Borders condemned the raid. RSF said Iran had jailed twelve journalists.",
     [("rwb", "IRN", "had jailed twelve journalists")]),
    # a protest made to a state; a doer the parser took for a clause ("gunmen linked to X had ...");
    # ramming and sinking are wrongs
    ("Greece protested to Turkey over repeated violations of its airspace.",
     [("GRC", "TUR", "repeated violations of its airspace")]),
    ("Kenyan police said gunmen linked to al-Shabaab had attacked the hotel.",
     [("KEN", "al-shabaab", "had attacked the hotel")]),
    ("Vietnam said a Chinese coast guard ship had rammed a Vietnamese fishing boat.",
     [("VNM", "CHN", "had rammed a Vietnamese fishing boat")]),
    # an attack "bore the hallmarks" of its doer; the speaker's second act hung by the parser
    # inside what the speaker reports
    ("Police said the attack bore the hallmarks of al-Shabaab, Kenyan officials reported.",
     [("KEN", "al-shabaab", "the attack bore the hallmarks of al-Shabaab")]),
    ("Pakistan's interior minister said the attackers had crossed from Afghanistan and accused the "
     "Taliban of sheltering the militants.", [("PAK", "taliban", "sheltering the militants")]),
    # "allegations linking Y to Z", voiced by a leader the sentence's subject state names through
    # its title ("Canada ... after Prime Minister X said"), not by the state named last
    ("Canada expelled an Indian diplomat after Prime Minister Justin Trudeau said there were credible "
     "allegations linking the Indian government to the killing of a Sikh leader.",
     [("CAN", "IND", "the killing of a Sikh leader")]),
    # a counter-accusation the parser hung inside the denial; a surname already given in full is
    # the person, not a group of its own
    ("Russia denied that its troops had shelled the town and accused Ukraine of staging the attack.",
     [("RUS", "UKR", "staging the attack")]),
    ("Kosovo Prime Minister Albin Kurti spoke on Monday. Serbian President Aleksandar Vucic denied that "
     "Serbia was involved and accused Kurti of provoking the unrest.", [("SRB", "XKX", "provoking the unrest")]),
    # fighters or soldiers "from" a side are that side's
    ("Kenya said soldiers from Uganda had crossed the border and killed two herders.",
     [("KEN", "UGA", "soldiers from Uganda had crossed the border"), ("KEN", "UGA", "killed two herders")]),
    # an electoral commission is a body of its state; an office named as the object is not the
    # subject's own, and a title word only names who it modifies
    ("Kenya's election commission declared William Ruto the winner on Monday. Opposition leader Raila "
     "Odinga accused the electoral commission of manipulating the results.",
     [("raila-odinga", "KEN", "manipulating the results")]),
    # a state's formal name written with "People's" (the data writes "Peoples"): not the other Korea
    ("The Democratic People's Republic of Korea fired a missile, the Republic of Korea said.",
     [("KOR", "PRK", "fired a missile")]),
    # a group known by its acronym only
    ("Colombia accused the ELN of kidnapping two soldiers.", [("COL", "eln", "kidnapping two soldiers")]),
    # news that states no wrong accuses nobody
    ("Israel said its jets struck Hamas targets in Gaza.", []),
    ("India and Pakistan exchanged fire along the border, officials said.", []),
    ("China called for restraint on both sides.", []),
    # a relative clause: the object of "accused" is the accused, not the noun the clause describes
    ("Talks resumed with the militias, whom Somalia has accused Eritrea of arming.",
     [("SOM", "ERI", "arming")]),
    ("Chad said the rebels, whom it accuses Sudan of arming, had attacked the capital.",
     [("TCD", "rebels", "had attacked the capital"), ("TCD", "SDN", "arming")]),
    # a passive label whose "by" the parser hangs on the label, two agents
    ("The PKK is regarded as a terrorist organisation by Turkey and by the European Union.",
     [("TUR", "pkk", "a terrorist organisation"), ("eu", "pkk", "a terrorist organisation")]),
    # "the attack", "the shelling": the act named before, by the one who did it
    ("Azerbaijani forces launched an offensive in Nagorno-Karabakh on Sunday. France condemned the attack as reckless.",
     [("FRA", "AZE", "the attack as reckless")]),
    ("Ethiopian troops shelled the town. Kenya later denounced the shelling.", [("KEN", "ETH", "the shelling")]),
    ("Al-Shabaab fighters attacked the base on Monday. Kenya called the attack a cowardly crime.",
     [("KEN", "al-shabaab", "the attack a cowardly crime")]),
    # "for three days", "for the second time": when, not a charge
    ("Thai police held the Cambodian envoy for three days.", []),
    ("The Gambia arrested the opposition leader for the second time.", []),
    # a noun of accusing voiced by its subject; the act's owner is the accused
    ("The African Union issued a condemnation of Sudan's bombing of the refugee camp.",
     [("african-union", "SDN", "Sudan's bombing of the refugee camp")]),
    ("Japan voiced strong criticism of China's seizure of the fishing boat.",
     [("JPN", "CHN", "China's seizure of the fishing boat")]),
    # a label with its backer: a charge against each
    ("Kenya calls the militants \"terrorists\" backed by neighbouring Somalia.",
     [("KEN", "militants", "terrorists"), ("KEN", "SOM", "\"terrorists\" backed by neighbouring Somalia")]),
    # "last week's attack": a dated act is a definite one, its doer named before (its jets)
    ("American jets bombed a village in Farah province on May 4. Afghanistan's president criticised last week's attack.",
     [("AFG", "USA", "last week's attack")]),
    # reported speech: civilians used as human shields
    ("General John Smith, a U.S. commander in Afghanistan, said that the Taliban is using villagers as human shields.",
     [("USA", "taliban", "is using villagers as human shields")]),
    # an evaluative label in quotes; a label as the subject of a copula
    ("A 2006 United Nations report called the Janjaweed militia a \"dangerous source of violence in Darfur.\"",
     [("un", "janjaweed", "a \"dangerous source of violence in Darfur")]),
    ("Brazil said that the greatest threat to the region is the Venezuelan government.",
     [("BRA", "VEN", "the greatest threat to the region is the Venezuelan government")]),
    # a name linked by hyphens is one actor, even where it starts the sentence
    ("Lashkar-e-Taiba carried out the attack, India said.", [("IND", "lashkar-e-taiba", "carried out the attack")]),
    # suspecting of, documenting a wrong, being to blame, a label's organiser
    ("Washington has long suspected Tehran of supplying weapons to the militias.",
     [("USA", "IRN", "supplying weapons to the militias")]),
    ("Amnesty International documented the abuses by Ethiopian forces in Tigray.",
     [("amnesty-international", "ETH", "the abuses by Ethiopian forces in Tigray")]),
    ("Kyiv said Moscow was to blame for the blast.", [("UKR", "RUS", "was to blame for the blast")]),
    ("Ukraine's foreign minister described the referendum as a sham organised by Moscow.",
     [("UKR", "RUS", "the referendum as a sham organised by Moscow")]),
    # a quotation opened in the sentence before: a wrong's owner is accused by the speaker
    ('Antonio Guterres, the UN secretary-general, said: "Today we remember the victims. The crimes of Boko Haram '
     'touched many countries, bringing loss of life to thousands."',
     [("un", "boko-haram", "The crimes of Boko Haram touched many countries, bringing loss of life to thousands")]),
    # backing fighters, reported, is the charge; turning people into a weapon
    ("Ethiopia has repeatedly charged that Eritrea supports the rebels.", [("ETH", "ERI", "supports the rebels")]),
    ("Poland said Belarus was weaponising migrants against the European Union.",
     [("POL", "BLR", "was weaponising migrants against the European Union")]),
    # militias named as a collective; preparing a wrong; a complaint over a wrong; "it" is no court the case went to
    ("A spokesman for the Pentagon said Iranian-backed militias had attacked US troops in Syria.",
     [("USA", "militias", "had attacked US troops in Syria")]),
    ("Armenia's prime minister said Azerbaijan was preparing a new offensive.",
     [("ARM", "AZE", "was preparing a new offensive")]),
    ("Iraq lodged a complaint with the UN Security Council over Turkish air strikes.",
     [("IRQ", "TUR", "Turkish air strikes")]),
    ("South Africa brought a case against Israel at the International Court of Justice, accusing it of genocide.",
     [("ZAF", "ISR", "genocide")]),
    # the diplomatic idiom of a wrong
    ('Chinese Foreign Minister Wang Yi said Japan had "crossed a red line" with its remarks on Taiwan.',
     [("CHN", "JPN", 'had "crossed a red line" with its remarks on Taiwan')]),
    # concern about another's wrong charges its doer
    ("Greece is concerned about violations of its airspace by Turkish jets.",
     [("GRC", "TUR", "violations of its airspace by Turkish jets")]),
    ("Japan voiced concern about Chinese incursions into its waters.",
     [("JPN", "CHN", "Chinese incursions into its waters")]),
    # "quoted as saying": the one quoted speaks, not the outlet that quotes
    ("Reuters quoted the Iraqi foreign minister as saying Turkey had violated its airspace.",
     [("IRQ", "TUR", "had violated its airspace")]),
    ("Pakistan's Interior Minister was quoted as saying Islamist militants were likely suspects.",
     [("PAK", "islamist-militants", "were likely suspects")]),
    # dismay at what another did: a clause, a gerund with its doer, a decision with its owner
    ("Australia was disappointed when India developed nuclear weapons.",
     [("AUS", "IND", "India developed nuclear weapons")]),
    ("France expressed dismay that Iran had executed the prisoner.",
     [("FRA", "IRN", "Iran had executed the prisoner")]),
    ("Kenya voiced alarm over Somalia detaining its diplomats.", [("KEN", "SOM", "detaining its diplomats")]),
    ("The EU was angered by Belarus forcing down the Ryanair jet.", [("eu", "BLR", "forcing down the Ryanair jet")]),
    ("France expressed dismay at Israel's decision to expand the settlement.",
     [("FRA", "ISR", "Israel's decision to expand the settlement")]),
    # the reported clause's pronoun stands for whom the saying is about
    ("Kenya said of al-Shabaab that they are a threat to the whole region.",
     [("KEN", "al-shabaab", "they are a threat to the whole region")]),
    # a label by copula in a reported clause: a modifier that charges
    ("Ethiopia insists the TPLF is a terrorist organisation.",
     [("ETH", "tplf", "is a terrorist organisation")]),
    # a free relative: what the accuser calls the act, and its doer
    ("Serbia condemned what it called a provocation by Kosovo.",
     [("SRB", "XKX", "a provocation by Kosovo")]),
    # whose statements: "their" stands for the nearest plural phrase naming an actor
    ("Bolivia demanded an apology from Chilean officials for their statements accusing Bolivian leaders of "
     "stirring up unrest.",
     [("CHL", "BOL", "stirring up unrest")]),
    # the name after the comma says who the object is, and the charge may hang on it
    ("The DUP accused its main rival, the Ulster Unionist Party (UUP), of betraying voters.",
     [("dup", "ulster-unionist-party", "betraying voters")]),
    # a passive joined to another shares its subject; "by" names the doer
    ("Russian officials say the attack was staged and carried out by Ukrainian forces.",
     [("RUS", "UKR", "the attack was staged and carried out by Ukrainian forces")]),
    # using banned arms is the charge
    ("Britain said the nerve agent was used by Russia.", [("GBR", "RUS", "the nerve agent was used by Russia")]),
    # anger or frustration at someone, and what for
    ("Russia is frustrated with Ukraine for shelling the town.", [("RUS", "UKR", "shelling the town")]),
    ("Egypt expressed anger at Ethiopia over the filling of the dam.", [("EGY", "ETH", "the filling of the dam")]),
    # a report of an act of wrong charges its doer
    ("Amnesty International reported an Israeli air strike on a school.",
     [("amnesty-international", "ISR", "an Israeli air strike on a school")]),
    # being named the suspects
    ("Colombia's defence minister said FARC rebels were the main suspects.",
     [("COL", "farc", "were the main suspects")]),
    # a meeting, summit or team of an organisation's people speaks as the organisation
    ("A meeting of the foreign ministers of Estonia, Latvia and Lithuania condemned Russia's annexation of Crimea.",
     [("EST", "RUS", "Russia's annexation of Crimea"), ("LVA", "RUS", "Russia's annexation of Crimea"),
      ("LTU", "RUS", "Russia's annexation of Crimea")]),
    ("A summit of Arab League leaders condemned Israel's raids on Gaza.",
     [("arab-league", "ISR", "Israel's raids on Gaza")]),
    ("The head of the UN observation team expressed frustration with the Syrian army for not allowing the "
     "monitors to complete their mission.",
     [("un", "SYR", "not allowing the monitors to complete their mission")]),
    # expelled as suspected agents of a state: the state is charged, with those expelled
    ("On Thursday, the U.S. government expelled 35 diplomats suspected of being Russian spies.",
     [("USA", "RUS", "35 diplomats suspected of being Russian spies")]),
    # conduct named with a word that condemns it, by the one who says, warns of or describes it
    ("NATO's secretary general described the move as a response to Russia's aggressive behaviour.",
     [("nato", "RUS", "Russia's aggressive behaviour")]),
    ("The US said Iran's destabilising activities in the region must stop.",
     [("USA", "IRN", "Iran's destabilising activities in the region")]),
    ("Japan warned against China's provocative actions in the East China Sea.",
     [("JPN", "CHN", "China's provocative actions in the East China Sea")]),
    ("Turkey did not condemn Russia's aggressive behaviour.", []),  # not said
    ("Iran said its activities in the region were peaceful.", []),  # no word that condemns
    # the denier's own counter-claim, in a participle after the denial, is a charge
    ("Iran's foreign minister rejected the accusations, saying Washington was spreading lies.",
     [("IRN", "USA", "was spreading lies")]),
    ("Russia said Britain was spreading disinformation about the poisoning.",
     [("RUS", "GBR", "was spreading disinformation about the poisoning")]),
    ("Russia denied saying that Ukraine had shelled the city.", []),  # what is denied is no claim
    # a ship or an aircraft acts for the state its modifier names
    ("The Philippines protested what it called dangerous manoeuvres by Chinese coast guard vessels.",
     [("PHL", "CHN", "dangerous manoeuvres")]),
    # a participle of charging after a reported clause is the reporter's, wherever the parser hangs it
    ("Israel said Hamas was the only obstacle to a deal, accusing the group of refusing to provide a list of hostages.",
     [("ISR", "hamas", "was the only obstacle to a deal"),
      ("ISR", "hamas", "refusing to provide a list of hostages")]),
    # complaining of another's act
    ("Greece has long complained of Turkish incursions into its airspace.",
     [("GRC", "TUR", "Turkish incursions")]),
    # dissatisfaction with another's decision
    ("China expressed strong dissatisfaction with the US decision to sell arms to Taiwan.",
     [("CHN", "USA", "the US decision to sell arms to Taiwan")]),
    # held to account, said without an agent: the speaker holds them
    ("Ukraine's president said Russia would be held accountable for the attack.", [("UKR", "RUS", "the attack")]),
    ("Kyiv said Russia would not be held responsible for the attack.", []),
    # opening an inquiry into someone's act
    ("Ukraine's prosecutor general opened an investigation into the killing of civilians by Russian troops.",
     [("UKR", "RUS", "the killing of civilians by Russian troops")]),
    ("Police opened an investigation into the killing.", []),
    # a known leader's surname heading a government names the state, the full name never given
    ("The Bush administration accused Iran of arming militias in Iraq.",
     [("USA", "IRN", "arming militias in Iraq")]),
    # "that" after a place preposition: a report, not a place, concludes
    ("Washington responded to a CIA report that concluded Russia hacked the servers.",
     [("USA", "RUS", "hacked the servers")]),
    # the name an administration bears speaks for its state
    ("The United States expelled 35 diplomats. The Obama administration also closed two compounds in the United "
     "States. Barack Obama said Russia had hacked the election.", [("USA", "RUS", "had hacked the election")]),
    # using civilian places for war, and acts of destruction
    ("Israel said Hamas was using hospitals as command centres.",
     [("ISR", "hamas", "was using hospitals as command centres")]),
    ("The Palestinian Authority said Israeli settlers torched homes in the village.",
     [("PSE", "ISR", "torched homes in the village")]),
    # demanding an inquiry into someone's act; the doers of a wrong tied to a group; a label
    # the parser read as a clause
    ("Iran called for an investigation into Israel's attack on its consulate.",
     [("IRN", "ISR", "Israel's attack on its consulate")]),
    ("The Kenyan government said the attackers were linked to al-Shabaab.",
     [("KEN", "al-shabaab", "the attackers were linked to al-Shabaab")]),
    ("China called Japan's move a provocation.", [("CHN", "JPN", "Japan's move a provocation")]),
    ("Police opened an investigation into the attack.", []),
    ("The minister said the two countries were linked to each other by trade.", []),
    # "we" in a quotation is its speaker, even when the attribution comes after
    ('"We hold Russia fully responsible for this crime," the Ukrainian president said.',
     [("UKR", "RUS", "this crime")]),
    # retaliating against someone, avenging an act: whom and what for
    ("Israel vowed to retaliate against Hezbollah for the rocket attack.", [("ISR", "hezbollah", "the rocket attack")]),
    ("Iran vowed to avenge the killing of its general by the United States.",
     [("IRN", "USA", "the killing of its general by the United States")]),
    # a label the parser read as one phrase with the labelled
    ("Ethiopia branded the TPLF leaders war criminals.", [("ETH", "tplf", "the TPLF leaders war criminals")]),
    # citing a source accuses nobody
    ("Peru, citing a member of Ecuador's delegation, denied the meeting.", []),
    # a state answers for abuses of rights on its soil (not for attacks there)
    ("Canada criticised human rights abuses in Myanmar.", [("CAN", "MMR", "human rights abuses in Myanmar")]),
    # an office and its holder the parser joined with "and": the holder speaks for the office's state
    ("On Tuesday, the Prime Minister of Hungary, Viktor Orban accused Ukraine of blackmail.",
     [("HUN", "UKR", "blackmail")]),
    # what a speaker expects has not been done; a national is a person, not the state
    ("Polish officials have said they expect to be supplied with American missiles.", []),
    ("Karim Benali was arrested on Friday. France accuses the Algerian national of planning an attack on a "
     "synagogue.", [("FRA", "karim-benali", "planning an attack on a synagogue")]),
    # warning against an act not yet done charges nobody
    ("Both China and Russia warned North Korea against a new nuclear test.", []),
    # concern about a state of affairs, not at someone
    ("The UN is concerned with the humanitarian situation in Yemen.", []),
    # a fear of what another might do charges no one; nor worry about its economy
    ("Germany is concerned that Russia could attack Ukraine.", []),
    ("Japan is worried about China's economy.", []),
    # "allege" accuses by itself: what is alleged needs no word for a wrong; an organ of a
    # state named in a relative clause speaks for it; denied or negated, nothing is alleged
    ("US intelligence alleges that North Korea has been helping Syria build a reactor.",
     [("USA", "PRK", "has been helping Syria build a reactor")]),
    ("Congress was briefed on United States intelligence that alleges that Iran has been training the militia.",
     [("USA", "IRN", "has been training the militia")]),
    ("Russia alleged that Ukraine had not been helping the inspectors.", []),
    # "said in a statement that ..." (the parser may hang the clause on "statement")
    ("Iran's foreign ministry said in a statement that Israeli jets had violated Syrian airspace.",
     [("IRN", "ISR", "had violated Syrian airspace")]),
    # blamed in a relative clause: what "which" stands for is the charge; a label adjective
    ("Moscow has denied involvement in the poisoning, which Britain blames on Russian military intelligence.",
     [("GBR", "RUS", "the poisoning")]),
    ("Japan called China's naval drills provocative.", [("JPN", "CHN", "China's naval drills provocative")]),
    # a UN agency is the UN's own body, not the press; a complaint whose "over" the parser hangs on
    # its verb; summoning another state's envoy to protest (or over) something
    ("The head of the UN agency said Israel was blocking aid deliveries into Gaza.",
     [("un", "ISR", "was blocking aid deliveries into Gaza")]),
    ("Lebanon filed a complaint with the UN Security Council over Israeli violations of its airspace.",
     [("LBN", "ISR", "Israeli violations of its airspace")]),
    ("Pakistan summoned India's envoy to protest the killing of civilians along the Line of Control.",
     [("PAK", "IND", "the killing of civilians along the Line of Control")]),
    ("Turkey summoned the Dutch ambassador over the remarks.", [("TUR", "NLD", "the remarks")]),
    ("Russia summoned its ambassador for consultations.", []),
    ("The Russian news agency Tass said Ukrainian drones had attacked a refinery.", []),
    # two named office holders of one state, one accusing the other: a dispute between the people
    ("Somalia's President Abdullahi Yusuf Ahmed tried to dismiss Prime Minister Nur Hassan Hussein. Hussein "
     "has accused the president of trying to sabotage peace efforts.",
     [("nur-hassan-hussein", "abdullahi-yusuf-ahmed", "trying to sabotage peace efforts")]),
    # ... and the office said with "the", named by the one the article gave it to ("keep X as their
    # prime minister"), though the president is written by his surname alone
    # (a third man's surname, "Nur", is the prime minister's first name)
    ("Parliament voted to keep Nur Hassan Hussein as their prime minister, blocking President Abdullahi Yusuf "
     "Ahmed's attempt at dismissing the prime minister. \"The government of Hassan Hussein is legitimate,\" "
     "said Aden Mohamed Nur, the parliamentary speaker. Yusuf had no comment on the vote. Yusuf has blamed "
     "the prime minister for the instability.",
     [("abdullahi-yusuf-ahmed", "nur-hassan-hussein", "the instability")]),
    # criticism one comes under or faces, from its giver, for or over something
    ("Israel has come under criticism from Turkey for its blockade of Gaza.", [("TUR", "ISR", "its blockade of Gaza")]),
    ("Russia faced condemnation from the European Union over the annexation of Crimea.",
     [("eu", "RUS", "the annexation of Crimea")]),
    # a state's own agency speaks for the state; a news agency reports
    ("South Korea's national intelligence agency accused the North Korean government of having Kim killed.",
     [("KOR", "PRK", "having Kim killed")]),
    # "what it called / described as ...": the act the free relative names, and its doer
    ("Iran denounced what it described as US aggression in the Gulf.", [("IRN", "USA", "US aggression in the Gulf")]),
    ("Iran protested what it called dishonest behaviour by the US government.",
     [("IRN", "USA", "dishonest behaviour")]),
    # pirates and smugglers are a side of their own, not the state their demonym names; they are
    # called by the article's own words ("Somali pirates")
    ("Kenya's navy said Somali pirates had attacked a patrol vessel near Kilifi.",
     [("KEN", "somali-pirates", "had attacked a patrol vessel near Kilifi")]),
    ("Mexico accused drug traffickers of killing the mayor.", [("MEX", "traffickers", "killing the mayor")]),
    # anger at someone and what for, "at Y" hung on the verb, "for" after the last of two targets
    ("Peru voiced anger at Chile over the arrest of its fishermen.", [("PER", "CHL", "the arrest of its fishermen")]),
    ("The UN envoy expressed frustration with both the Yemeni army and the Houthi rebels for blocking the "
     "aid convoys.", [("un", "YEM", "blocking the aid convoys"), ("un", "houthis", "blocking the aid convoys")]),
    ("Vietnam was angry with China over the sinking of a fishing boat.",
     [("VNM", "CHN", "the sinking of a fishing boat")]),
    # a documented act whose doer the parser hung on the verb: "killings of protesters by Y"
    ("Amnesty International documented killings of protesters by Ethiopian security forces.",
     [("amnesty-international", "ETH", "killings of protesters")]),
    # a state's navy or air force is the state, a Royal one the United Kingdom's
    ("Lebanon accused the Israeli Air Force of violating its airspace.", [("LBN", "ISR", "violating its airspace")]),
    ("Cyprus accused the Turkish Navy of harassing a survey ship.", [("CYP", "TUR", "harassing a survey ship")]),
    ("Iran accused the Royal Navy of entering its waters.", [("IRN", "GBR", "entering its waters")]),
    # those held, and what they are suspected of: who is suspected is part of the charge
    ("Poland expelled two Belarusian diplomats suspected of espionage.",
     [("POL", "BLR", "two Belarusian diplomats suspected of espionage")]),
    # a verdict: the court accuses the one it finds guilty, the court's "by" out of the charge
    ("Jean-Pierre Bemba was convicted of war crimes by the International Criminal Court.",
     [("icc", "jean-pierre-bemba", "war crimes")]),
    ("The International Criminal Court found Dominic Ongwen guilty of abducting children.",
     [("icc", "dominic-ongwen", "abducting children")]),
    ("Ratko Mladic was found guilty of genocide.", []),  # no court named, no accuser
    # questioning another's failings or good faith
    ("Russia questioned the impartiality of the OPCW inquiry.",
     [("RUS", "opcw", "questioned the impartiality of the OPCW inquiry")]),
    # a label as a second object, a label of extremism
    ("Ankara branded the YPG a terrorist group.", [("TUR", "ypg", "a terrorist group")]),
    ("Riyadh described Tehran as the main sponsor of extremism in the region.",
     [("SAU", "IRN", "the main sponsor of extremism in the region")]),
    # one item per allegation: two whole acts joined by "and" are two charges, one act with
    # two verbs sharing its doer is one
    ("Human Rights Watch accused the government of Belarus of jailing journalists and threatening their "
     "families.", [("human-rights-watch", "BLR", "jailing journalists"),
                   ("human-rights-watch", "BLR", "threatening their families")]),
    ("The Georgian Interior Ministry said Russian troops had shelled Gori and occupied Poti.",
     [("GEO", "RUS", "had shelled Gori"), ("GEO", "RUS", "occupied Poti")]),
    # asking someone to stem or curb what they do
    ("The US called on Iran to stem the flow of weapons into Yemen.",
     [("USA", "IRN", "stem the flow of weapons into Yemen")]),
    # "the terrorists" or "the attackers" with no group named are a side of their own
    ("Belgian police said the terrorists had planted bombs at the airport.",
     [("BEL", "terrorists", "had planted bombs at the airport")]),
    # the responsibility said to lie with someone: who it lies with is accused, not the subject
    ("Armenia said the responsibility for the clashes lies with Azerbaijan.",
     [("ARM", "AZE", "the responsibility for the clashes lies with Azerbaijan")]),
    ("Colombia said the blame rests on Venezuela.", [("COL", "VEN", "the blame rests on Venezuela")]),
    ("Armenia said the responsibility does not lie with Azerbaijan.", []),
    # a reported clause that calls its subject an obstacle, or its act a breach of a treaty
    ("Nigeria said Cameroon was the main obstacle to a settlement of the border dispute.",
     [("NGA", "CMR", "was the main obstacle to a settlement of the border dispute")]),
    ("Egypt said Ethiopia's filling of the dam constitutes a breach of the 2015 agreement.",
     [("EGY", "ETH", "Ethiopia's filling of the dam constitutes a breach of the 2015 agreement")]),
    # attack in words aimed "on" or "at": "came down on", "took aim at", "rounded on"
    ("Serbia came down on Kosovo over the new licence plates.", [("SRB", "XKX", "the new licence plates")]),
    ("Morocco took aim at Algeria for its backing of the Polisario Front.",
     [("MAR", "DZA", "its backing of the Polisario Front")]),
    ("Thailand rounded on Cambodia over the shelling of the temple.", [("THA", "KHM", "the shelling of the temple")]),
    ("The Chilean delegation came on Monday over the talks.", []),
    # the harm an attack did, told after a comma, is part of the act; what someone said after a comma is not
    ("Azerbaijan said Armenian forces shelled Tartar, killing two civilians and wounding five others.",
     [("AZE", "ARM", "shelled Tartar, killing two civilians and wounding five others")]),
    ("Ukraine accused Russia of shelling Kharkiv, saying the strikes were deliberate.",
     [("UKR", "RUS", "shelling Kharkiv")]),
    # a reported clause that says someone must stop, or telling them to lift or ease a measure
    ("Kenya said Somalia must halt its oil exploration in the disputed waters.",
     [("KEN", "SOM", "must halt its oil exploration in the disputed waters")]),
    ("Vietnam said China needs to stop building islands in the South China Sea.",
     [("VNM", "CHN", "needs to stop building islands in the South China Sea")]),
    ("Lebanon told Israel to lift its blockade of the coast.", [("LBN", "ISR", "lift its blockade of the coast")]),
    ("Vietnam said China needs to negotiate.", []),
    ("Kenya said Somalia must not halt the talks.", []),
    # a wire dateline is no part of the first sentence: its place is not the subject
    ("ADDIS ABABA, Ethiopia (AP) — The Tigray People's Liberation Front accused Eritrean troops of killing "
     "civilians in Adwa.", [("tplf", "ERI", "killing civilians in Adwa")]),
    ("DHAKA, Bangladesh — Myanmar's junta said Arakan Army fighters had attacked a border post.",
     [("MMR", "arakan-army", "had attacked a border post")]),
    # "the junta" is the state the article named its government for
    ("Mali's military government met on Monday. The junta accused France of interfering in Mali's internal affairs. Col. Abdoulaye Maiga, the government "
     "spokesman, said French forces had violated Malian airspace more than 50 times. France rejected the "
     "charges. \"These claims are baseless,\" French foreign minister Jean-Yves Le Drian told reporters.",
     [("MLI", "FRA", "interfering in Mali's internal affairs"),
      ("MLI", "FRA", "had violated Malian airspace more than 50 times")]),
    # a seat of government stands for its state
    ("The Elysee accused the Malian junta of hiring Wagner mercenaries.",
     [("FRA", "MLI", "hiring Wagner mercenaries")]),
    ("The Blue House said North Korea had violated the military agreement.",
     [("KOR", "PRK", "had violated the military agreement")]),
    # bearing the responsibility for a wrong is the charge; claiming it for oneself is none
    ("Hamas said Israel bore full responsibility for the escalation.",
     [("hamas", "ISR", "bore full responsibility for the escalation")]),
    ("Israel said it bore no responsibility for the blast.", []),
    # "its spokesman": the group the sentence before is about, not a state the sentence names
    ("The TPLF rejected that account. Its spokesman, Getachew Reda, said Eritrean troops had shelled the town.",
     [("tplf", "ERI", "had shelled the town")]),
    # an adviser to a leader speaks for the leader's state
    ("Ethiopian Prime Minister Abiy Ahmed met the envoys on Monday. Redwan Hussien, national security adviser "
     "to Prime Minister Abiy Ahmed, accused the TPLF of rearming.", [("ETH", "tplf", "rearming")]),
    ("Democratic Republic of Congo accused Rwanda of backing the M23.", [("COD", "RWA", "backing the M23")]),
    # a titled name with an office in apposition: the office says whom it serves, not the state
    # the sentence before names as a host
    ("Myanmar's military government agreed to a truce after talks hosted by China. Maj. Gen. Zaw Min Tun, a "
     "spokesman for the ruling military council, accused the TNLA of shelling the town of Hsipaw.",
     [("MMR", "tnla", "shelling the town of Hsipaw")]),
    # a leader the actor data knows speaks for their state or organisation, by surname too
    ("Sergei Lavrov said on Monday that Ukraine had shelled the plant. Lavrov also accused NATO of prolonging "
     "the war.", [("RUS", "UKR", "had shelled the plant"), ("RUS", "nato", "prolonging the war")]),
    ("Antonio Guterres accused Israel of blocking aid to Gaza.", [("un", "ISR", "blocking aid to Gaza")]),
    # ... unless the article says they no longer hold the office
    ("Former president Barack Obama accused Russia of meddling in the vote.",
     [("barack-obama", "RUS", "meddling in the vote")]),
    # "the alliance" is the one alliance the article names
    ("The Three Brotherhood Alliance seized the town last month. On Friday the alliance accused Myanmar's "
     "military of bombing villages.", [("three-brotherhood-alliance", "MMR", "bombing villages")]),
    # expelling a diplomat states no charge
    ("Congo ordered Rwanda's ambassador to leave the country within 48 hours.", []),
    # "the rebels" of an article with two armed groups: the one it calls rebels; "for their part"
    # is no charge
    ("DR Congo and the M23 rebel group agreed to a truce. DR Congo accused Rwanda of arming the FDLR militia. The "
     "rebels, for their part, accused Congolese forces of shelling their positions.",
     [("COD", "RWA", "arming the FDLR militia"), ("m23", "COD", "shelling their positions")]),
    # a titled office-holder in apposition, with no state the article is about: the state the
    # sentence before is about
    ("Turkey blamed the PKK for the bombing in Istanbul. Syria and Iraq condemned the attack. Turkey's army "
     "massed troops. The interior minister, Hakan Aydin, said the suspect had been trained by the YPG.",
     [("TUR", "pkk", "the bombing in Istanbul"), ("TUR", "ypg", "the suspect had been trained by the YPG")]),
    # a passive agent tied to the accused; a protest lodged after the wrong
    ("Estonia's foreign ministry said the cyberattack was carried out by hackers linked to Russian military "
     "intelligence.", [("EST", "RUS", "the cyberattack was carried out by hackers linked to Russian military "
                                        "intelligence")]),
    ("Japan lodged a formal protest with Beijing after five of the missiles landed inside its exclusive economic "
     "zone.", [("JPN", "CHN", "five of the missiles landed inside its exclusive economic zone")]),
    # a named act read back ("the sinking"): the one accused of it before did it
    ("South Korea accused North Korea of sinking one of its warships with a torpedo. The White House called the "
     "sinking an act of aggression.",
     [("KOR", "PRK", "sinking one of its warships with a torpedo"), ("USA", "PRK", "the sinking an act of aggression")]),
    # a group's or organisation's title before a name: the person speaks for the group
    ("Houthi spokesman Mohammed Abdulsalam accused Saudi Arabia of bombing a market.",
     [("houthis", "SAU", "bombing a market")]),
    ("LNA commander Khalifa Haftar accused Turkey of sending mercenaries.", [("lna", "TUR", "sending mercenaries")]),
    # "the group's chief negotiator": the group the article is about
    ("The Houthis blamed their adversaries for the suffering. Mohammed Abdulsalam, the group's chief negotiator, "
     "said Saudi warplanes had bombed markets.", [("houthis", "SAU", "had bombed markets")]),
    # the proof one says one has; involvement in a wrong
    ("French President Emmanuel Macron said France had proof that Syrian forces had used chlorine.",
     [("FRA", "SYR", "had used chlorine")]),
    ("Russia said Britain was directly involved in organising the provocation.",
     [("RUS", "GBR", "was directly involved in organising the provocation")]),
    ("Norway said it was involved in the talks.", []),
    # giving refuge or a safe haven is a charge
    ("Afghanistan said Pakistan provided safe haven to Taliban fighters.",
     [("AFG", "PAK", "provided safe haven to Taliban fighters")]),
    # "the authorities in Caracas", the place hung on the verb by the parser; a coalition named
    # "Platform"
    ("Argentina accused the authorities in Caracas of ignoring the will of the Venezuelan people.",
     [("ARG", "VEN", "ignoring the will of the Venezuelan people")]),
    ("Venezuela's main opposition coalition, the Unitary Platform, accused Nicolás Maduro's government of "
     "falsifying the results.", [("unitary-platform", "VEN", "falsifying the results")]),
    # "the Armed Forces of the Philippines" is the Philippines; "led attacks" is a wrong
    ("The Armed Forces of the Philippines accused the MILF of attacking Christian villages.",
     [("PHL", "milf", "attacking Christian villages")]),
    ("The Philippine military said two commanders of the Moro Islamic Liberation Front had led attacks on "
     "Christian villages.", [("PHL", "milf", "had led attacks on Christian villages")]),
    # demonyms countryinfo lacks; a plural office "of" several states; a group's own plural noun
    ("Peru's foreign minister told reporters that Ecuadorian troops had attacked Peruvian positions.",
     [("PER", "ECU", "had attacked Peruvian positions")]),
    ("The foreign ministers of Estonia, Latvia and Lithuania issued a joint statement accusing Russia of a wave of "
     "cyberattacks.", [("EST", "RUS", "a wave of cyberattacks"), ("LVA", "RUS", "a wave of cyberattacks"),
                       ("LTU", "RUS", "a wave of cyberattacks")]),
    ("Talks between Sri Lanka and the Liberation Tigers of Tamil Eelam (LTTE) ended. Sri Lanka said that the "
     "Tigers had repeatedly violated the truce.", [("LKA", "ltte", "had repeatedly violated the truce")]),
    # the article's own "Long Name (ACR)" beats a known actor with that acronym
    ("The Ambazonia Defence Forces (ADF) attacked a village. Cameroon accused the ADF of killing civilians.",
     [("CMR", "ambazonia-defence-forces", "killing civilians")]),
    # a state's named organ speaks for the state; a party is its own side
    ("Iran's Supreme National Security Council accused Israel of the attack.", [("IRN", "ISR", "the attack")]),
    ("Russia's Federal Security Service accused Ukraine of plotting the attack.",
     [("RUS", "UKR", "plotting the attack")]),
    # "the junta" is the state whose government the article named before
    ("Myanmar's military government agreed to a truce with the rebels. The opposition National Unity "
     "Government rejected it. The junta has designated the NUG a terrorist organisation.",
     [("MMR", "national-unity-government", "a terrorist organisation")]),
    # "the North" and "the South" of an article about the two Koreas
    ("North Korea fired missiles, South Korea said. The North's powerful National Defence Commission accused the South "
     "of staging the incident.",
     [("KOR", "PRK", "fired missiles"), ("PRK", "KOR", "staging the incident")]),
    ("North Korea fired missiles. Troops in the north of the country were put on alert.", []),
    # something of the accused's as the reported clause's subject stays in the allegation
    ("Britain said Israel's decision to build 900 homes would undermine peace efforts.",
     [("GBR", "ISR", "Israel's decision to build 900 homes would undermine peace efforts")]),
    # an organisation's panel of experts stands for it; a list of states the parser read as an apposition
    ("The UN panel found that Jordan, the UAE and Turkey had violated the arms embargo.",
     [("un", "JOR", "had violated the arms embargo"), ("un", "ARE", "had violated the arms embargo"),
      ("un", "TUR", "had violated the arms embargo")]),
    # a body of an organisation, or experts it appointed, speak for it; "had grounds to believe"
    ("A commission appointed by the UN Human Rights Council said it had reasonable grounds to believe the Ethiopian "
     "government was using starvation as a weapon.",
     [("un", "ETH", "was using starvation as a weapon")]),
    # "in what X called ...": X names the act of the clause it comments on, or what the subject did
    ("Iranian missiles hit Erbil overnight, killing a businessman, in what Iraq called a blatant aggression.",
     [("IRQ", "IRN", "Iranian missiles hit Erbil overnight, killing a businessman")]),
    ("Russia launched what Ukraine called a massive terrorist attack on its energy grid.",
     [("UKR", "RUS", "a massive terrorist attack on its energy grid")]),
    ("A prisoner exchange brokered by the UAE raised hopes, in what Russia called a cynical ploy.", []),
    # a hostile plan is charged, a plan to talk is not; fuelling a conflict is a wrong
    ("Burundi said that Rwanda was planning to attack its territory.",
     [("BDI", "RWA", "was planning to attack its territory")]),
    ("Iran said it plans to hold talks with Saudi Arabia.", []),
    ("Venezuela said the United States was fuelling the crisis.", [("VEN", "USA", "was fuelling the crisis")]),
    # a report's charge stands whatever the charged says of it; "its security forces" are a state's
    ("Cameroon's government rejected a report by Human Rights Watch that accused its security forces of killing "
     "civilians.", [("human-rights-watch", "CMR", "killing civilians")]),
    # what something "amounted to"
    ("Turkey said Washington's support for the YPG amounted to sponsoring terrorism.",
     [("TUR", "USA", "Washington's support for the YPG amounted to sponsoring terrorism")]),
    ("Officials said the aid amounted to $5 million.", []),
    ("Amnesty International said the killings amounted to crimes against humanity by Syrian government forces.",
     [("amnesty-international", "SYR", "the killings amounted to crimes against humanity by Syrian government forces")]),
    # co-doers named with the accused; a cleft; what evidence showed; arms or money handed to fighters
    ("A spokesman for the TPLF accused Addis Ababa of planning an offensive together with Eritrea.",
     [("tplf", "ETH", "planning an offensive together with Eritrea"),
      ("tplf", "ERI", "planning an offensive together with Eritrea")]),
    ("Moscow said it was Ukraine that had shelled the plant.", [("RUS", "UKR", "had shelled the plant")]),
    ("Kyiv said it was time to negotiate with Russia.", []),
    ("Colombia said documents seized at the camp showed that Venezuela had given the FARC $300 million.",
     [("COL", "VEN", "had given the FARC $300 million")]),
    ("Germany said it had sent humanitarian aid to Ukraine.", []),
    # linking an attack to someone charges them
    ("India linked the attack to Lashkar-e-Taiba.", [("IND", "lashkar-e-taiba", "the attack")]),
    # condemning "without naming" anyone guesses no doer; a war between sides charges neither; a
    # threat of what one would do labels nobody
    ("The Taliban attacked a hospital in Kabul. The EU condemned the attack as a war crime, without saying who "
     "had carried it out.", []),
    ("More than a year of war between the army and the RSF has displaced 10 million people, according to the UN.", []),
    ("He warned that the LNA would treat any Turkish vessel approaching the coast as a hostile target.", []),
    # "the strikes" refer back to the strikes, not to another act named in between
    ("The United States and France launched missiles at Syrian targets, in retaliation for what they say was a "
     "chemical attack by Syria on Douma. Iran condemned the strikes.",
     [("USA", "SYR", "was a chemical attack by Syria on Douma"), ("FRA", "SYR", "was a chemical attack by Syria on Douma"),
      ("IRN", "USA", "the strikes"), ("IRN", "FRA", "the strikes")]),
    # waging or launching an operation against someone (not against corruption); bringing in fighters
    ('"Kiev is waging a punitive operation against its own citizens," said Sergei Lavrov, the Russian foreign minister.',
     [("RUS", "UKR", "is waging a punitive operation against its own citizens")]),
    ("Russia said Ukraine had launched a campaign against corruption.", []),
    ('"Turkey is bringing mercenaries into our country," said a spokesman for the LNA.',
     [("lna", "TUR", "is bringing mercenaries into our country")]),
    # "Western governments" are not the home state's; "the junta" rules where the article is set
    ("Mali's junta expelled the French ambassador. France had been Mali's main partner. The junta has brought in "
     "fighters from the Wagner Group, according to Western governments.", []),
    # criticism drawn or fire come under "from" X, hung on the verb; literal fire charges nobody;
    # "stands accused by"; "told a press briefing that"
    ("Israel came under fire from Turkey for its raid on the flotilla.", [("TUR", "ISR", "its raid on the flotilla")]),
    ("Israeli soldiers came under fire from Hamas gunmen on Tuesday.", []),
    ("Venezuela drew sharp criticism from Colombia over the border closure.",
     [("COL", "VEN", "the border closure")]),
    ("Ethiopia stands accused by Eritrea of violating the border.", [("ERI", "ETH", "violating the border")]),
    ("China's foreign ministry spokesman told a press briefing that the Philippines had violated Chinese sovereignty.",
     [("CHN", "PHL", "had violated Chinese sovereignty")]),
    # the attribution after the report, where the parser made the report the root
    ("North Korea fired a ballistic missile into the sea, South Korea's military said, calling it a clear provocation.",
     [("KOR", "PRK", "fired a ballistic missile into the sea")]),
    # a sanction "citing" a wrong; fighting alongside rebels is charged
    ("Washington imposed sanctions on Caracas, citing human rights abuses.",
     [("USA", "VEN", "human rights abuses")]),
    ("The EU sanctioned Minsk, citing security concerns.", []),
    ("UN experts say Rwandan troops fight alongside the M23.", [("un", "RWA", "fight alongside the M23")]),
    # a group's commander after a sentence about the group speaks for it; a known surname inside
    # another's longer name is not that person; "its commission president" can be an organisation's
    ("Iraq's Popular Mobilisation Forces blamed the United States for a blast. In a statement, deputy commander Abu "
     "Mahdi al-Muhandis said American forces had brought Israeli drones into the country.",
     [("pmf", "USA", "a blast"), ("pmf", "USA", "had brought Israeli drones into the country")]),
    ("ECOWAS has threatened to use force. Its commission president, Omar Touray, said the soldiers were holding "
     "the president of Niger hostage.", [("ecowas", "NER", "the soldiers were holding the president of Niger hostage")]),
    # "the Gulf state" for the state named before; "In Nigeria, the army said"; a charge given as the
    # reason; a group named before its head noun; "the diplomat" for the ambassador named before
    ("Sudan severed relations with the United Arab Emirates, accusing the Gulf state of supplying the RSF with drones.",
     [("SDN", "ARE", "supplying the RSF with drones")]),
    ("In neighbouring Nigeria, the army said fighters from ISWAP had attacked a military base.",
     [("NGA", "iswap", "fighters from ISWAP had attacked a military base")]),
    ("Egypt's foreign ministry said Cairo was cutting ties because Doha had insisted on supporting terrorist groups.",
     [("EGY", "QAT", "had insisted on supporting terrorist groups")]),
    ("Haiti's government blamed the Viv Ansanm gang coalition for an attack on a hospital.",
     [("HTI", "viv-ansanm", "an attack on a hospital")]),
    ("Bolivia expelled the United States ambassador, Philip Goldberg, accusing the diplomat of encouraging the "
     "opposition to break away.", [("BOL", "USA", "encouraging the opposition to break away")]),
    # a roundup's new item: the state it opens in, for an office and for a titled name; a seat of government
    ("Cameroon's government blamed the separatists for the attack. In neighbouring Nigeria, the army said fighters "
     "from ISWAP had attacked a military base.",
     [("CMR", "separatists", "the attack"), ("NGA", "iswap", "fighters from ISWAP had attacked a military base")]),
    ("Kenyan police arrived in Haiti. In Tegucigalpa, President Xiomara Castro said the United States was interfering "
     "in Honduras's internal affairs.", [("HND", "USA", "was interfering in Honduras's internal affairs")]),
    ("Peru accused La Paz of meddling in its internal affairs.", [("PER", "BOL", "meddling in its internal affairs")]),
    # the charge the parser hangs on the accused's noun, and on a "members of" phrase
    ("Kenya's foreign minister accused Ugandan troops of looting villages.", [("KEN", "UGA", "looting villages")]),
    ("Chad's defence minister accused members of the Sudanese army of burning villages.",
     [("TCD", "SDN", "burning villages")]),
    ("Ghana accused Togolese troops of supporting rebels in the north.",
     [("GHA", "TGO", "supporting rebels in the north")]),
    # a relative clause the parser reads as a participle on its subject ("the minister blamed on Y")
    ("The attack, which Kenya's foreign minister blamed on Uganda, killed five people.",
     [("KEN", "UGA", "The attack")]),
    # "accused" misparsed as an adjective ("the accused government"), the speaker's name hung on
    # the accused or set apart by commas: the words in their order
    ("Kenyan Foreign Minister Amina Otieno accused Uganda's government of shelling border villages.",
     [("KEN", "UGA", "shelling border villages")]),
    ("On Monday, Kenya's defence ministry spokesman, Amina Otieno, accused Uganda, which has troops in the "
     "region, of arming the rebels.", [("KEN", "UGA", "arming the rebels")]),
    ("Rashid Rauf, the alleged al-Qaeda mastermind of the plot, was killed.", []),
    # a group's name with a word for its kind before "group"; a firm named after its description,
    # the parser's second object; a union's name going on with "of" and a place
    ("The Bakassi Boys vigilante group accused Nigeria of killing civilians.",
     [("bakassi-boys", "NGA", "killing civilians")]),
    ("Chad accused the oil company Petrosur of polluting the river.", [("TCD", "petrosur", "polluting the river")]),
    ("The Patriotic Union of Kordofan blamed Sudan for the massacre.",
     [("patriotic-union-of-kordofan", "SDN", "the massacre")]),
    ("Mali accused the Hawks of Justice militia of burning villages.", [("MLI", "hawks-of-justice", "burning villages")]),
    # backing for fighters named by a noun; "suspects" read by the parser as a plural noun
    ("Kenya voiced anger at Uganda's support for the rebels.", [("KEN", "UGA", "Uganda's support for the rebels")]),
    ("Kenya welcomed Uganda's support for the peace process.", []),
    ("Kenya's foreign minister suspects Uganda of arming the rebels.", [("KEN", "UGA", "arming the rebels")]),
    # concern over word of a wrong ("reports that ..."), not over what might be done
    ("Human Rights Watch said it was alarmed by reports that Sudanese troops had executed prisoners.",
     [("human-rights-watch", "SDN", "Sudanese troops had executed prisoners")]),
    ("Chad expressed concern over reports that Sudanese troops might cross the border.", []),
    # the press as a side when it accuses (its own report accuses nobody)
    ("The US newspaper Washington Post accused Venezuela of sheltering FARC rebels.",
     [("washington-post", "VEN", "sheltering FARC rebels")]),
    ("The Associated Press and Reuters condemned Israel's ban on foreign journalists.",
     [("associated-press", "ISR", "Israel's ban on foreign journalists"),
      ("reuters", "ISR", "Israel's ban on foreign journalists")]),
    ("Reuters reported that Israeli troops had shot two protesters.", []),
    # a complaint to a forum, the parser hanging "against" or "about" on the forum; a case in court
    ("Bolivia lodged a complaint with the UN Security Council against Chile over the seizure of two trucks.",
     [("BOL", "CHL", "the seizure of two trucks")]),
    ("Kenya complained to the UN Security Council about Uganda's shelling of border villages.",
     [("KEN", "UGA", "Uganda's shelling of border villages")]),
    ("Guyana took Venezuela to the International Court of Justice over the seizure of an oil platform.",
     [("GUY", "VEN", "the seizure of an oil platform")]),
    # ... or with the plaintiff's argument for its reason; a capital renamed or spelt as one word in the parse
    ("Buenos Aires took Montevideo to the world court in 2006, arguing that the pulp mill had been authorised in "
     "breach of a treaty.", [("ARG", "URY", "the pulp mill had been authorised in breach of a treaty")]),
    ("Bishkek accused Astana of meddling in its election.", [("KGZ", "KAZ", "meddling in its election")]),
    ("Port-au-Prince accused Santo Domingo of closing the border.", [("HTI", "DOM", "closing the border")]),
    # a wrong a relative clause says who was responsible for
    ("The UN rapporteur concluded that Khashoggi had been the victim of a premeditated execution for which Saudi "
     "Arabia was responsible.", [("un", "SAU", "Khashoggi had been the victim of a premeditated execution for "
                                              "which Saudi Arabia was responsible")]),
    # an army crossing a frontier (refugees crossing it do no wrong)
    ("Thailand said Cambodian troops had crossed the border overnight.",
     [("THA", "KHM", "had crossed the border overnight")]),
    ("Thailand said refugees from Cambodia had crossed the border.", []),
    # people known only by a description; an unnamed rights group
    ("Ethiopia accused the two Swedish journalists of aiding a terrorist group.",
     [("ETH", "swedish-journalists", "aiding a terrorist group")]),
    ("Guatemala's interior minister blamed land mafias for the killing of the activist.",
     [("GTM", "land-mafias", "the killing of the activist")]),
    ("A local rights group accused Burundian soldiers of torturing detainees.",
     [("local-rights-group", "BDI", "torturing detainees")]),
    ("The Burmese army shelled the village on Monday, a human rights group said.",
     [("human-rights-group", "MMR", "shelled the village on Monday")]),
    # letting people die is a wrong; documented cases of soldiers doing a wrong charge their state
    ("Eritrea's army let hundreds of prisoners starve in desert camps, Human Rights Watch said.",
     [("human-rights-watch", "ERI", "Eritrea's army let hundreds of prisoners starve in desert camps")]),
    ("Amnesty International said it had documented cases of Eritrean soldiers executing civilians.",
     [("amnesty-international", "ERI", "cases of Eritrean soldiers executing civilians")]),
    # an outlet whose work is condemned is a side; soldiers with no state named are the home state's
    ("Rwanda condemned the BBC's documentary on the genocide.",
     [("RWA", "bbc", "the BBC's documentary on the genocide")]),
    ("Protests spread across Belarus on Sunday. Amnesty International said soldiers had beaten dozens of "
     "protesters in Minsk.", [("amnesty-international", "BLR", "had beaten dozens of protesters in Minsk")]),
    # the panel is the commission of inquiry named before; a bare criticism is its own allegation
    ("A United Nations commission of inquiry said on Monday that Eritrea's leaders had committed crimes against "
     "humanity. The panel criticised Sudan, too.",
     [("united-nations-commission-of-inquiry", "ERI", "Eritrea's leaders had committed crimes against humanity"),
      ("united-nations-commission-of-inquiry", "SDN", "criticised Sudan")]),  # a UN body by its own name
    # "the authorities" act where the story is set, not for a government or a base named before
    ("Protests spread across Togo on Monday, and Togolese police fired tear gas in Lome. The French government "
     "called for calm. The London-based group Amnesty International said the authorities had detained dozens of "
     "activists without charge.",
     [("amnesty-international", "TGO", "had detained dozens of activists without charge")]),
    # a visit turned into propaganda; an act staged by someone to do a wrong; "the dictatorship"
    ("Amnesty International said that Beijing had turned the visit into a propaganda exercise.",
     [("amnesty-international", "CHN", "had turned the visit into a propaganda exercise")]),
    ("Armenia said the footage had been staged by Azerbaijan to sabotage the talks.",
     [("ARM", "AZE", "the footage had been staged by Azerbaijan to sabotage the talks")]),
    ("Nicaragua's economy shrank in 2019, and thousands have fled Nicaragua. The opposition leader Felix Maradiaga "
     "said the report showed that the dictatorship was torturing its opponents.",
     [("felix-maradiaga", "NIC", "was torturing its opponents")]),
    # an attack called the work of a group charges the group
    ("Malian officials said the ambush was the work of the Islamic State.",
     [("MLI", "islamic-state", "the ambush was the work of the Islamic State")]),
    # an act "by" two doers is each one's
    ("Mali condemned the drone strikes by Algeria and Niger.",
     [("MLI", "DZA", "the drone strikes by Algeria and Niger"), ("MLI", "NER", "the drone strikes by Algeria and Niger")]),
    # a summons to lodge a protest, and a Commonwealth envoy (a high commissioner) summoned
    ("Bangladesh summoned Myanmar's ambassador to lodge a strong protest over the shelling of border villages.",
     [("BGD", "MMR", "the shelling of border villages")]),
    ("Pakistan's foreign office summoned India's deputy high commissioner to protest against what it called "
     "unprovoked firing along the Line of Control.",
     [("PAK", "IND", "what it called unprovoked firing along the Line of Control")]),
    # letting another do the wrong is charged (the parser hangs the object as the clause's subject)
    ("Ukraine said Belarus was allowing Russian troops to use its territory to launch attacks.",
     [("UKR", "BLR", "was allowing Russian troops to use its territory to launch attacks")]),
    ("Kabul said Islamabad let militants cross the border to attack Afghan posts.",
     [("AFG", "PAK", "let militants cross the border to attack Afghan posts")]),
    # a state's press reports: the state does not speak (the parser's lemma of "media" is "medium")
    ("Russia supplies arms to Syria, Turkish media said.", []),
    ("Iranian media said Israeli drones had attacked a military facility in Isfahan.", []),
    # "charged that" alleges by itself, with no word for a wrong in the clause
    ("Poland charged that Belarus was pushing migrants across the border.",
     [("POL", "BLR", "was pushing migrants across the border")]),
    # "the North" and "the South" of an article naming one half of a divided state: the other half too
    ("Seoul said the North had fired two ballistic missiles into the sea.",
     [("KOR", "PRK", "had fired two ballistic missiles into the sea")]),
    ("North Korea fired two missiles on Monday. The South said the launches violated UN resolutions.",
     [("KOR", "PRK", "the launches violated UN resolutions")]),
    ("South Sudan accused the North of bombing its oil fields.", [("SSD", "SDN", "bombing its oil fields")]),
    # a leader the data knows, introduced as no voice of the state, is a person of their own even
    # where the parser tags no name; a shadow minister speaks for no government
    ("Opposition leader Raila Odinga accused Uhuru Kenyatta of stealing the election.",
     [("raila-odinga", "uhuru-kenyatta", "stealing the election")]),
    ("Britain's shadow foreign secretary David Lammy accused Russia of war crimes.",
     [("david-lammy", "RUS", "war crimes")]),
    # a quote said of an act: its doer is charged with what the quote says of it
    ('"This is a blatant violation of our sovereignty," the Iraqi foreign minister said of the Turkish strike.',
     [("IRQ", "TUR", "This is a blatant violation of our sovereignty")]),
    # leading a body that does wrong, or a criminal one, is the wrong; founding a charity is none
    ("Transparency International says Otto Perez ran a network that smuggled cocaine to Mexico.",
     [("transparency-international", "otto-perez", "ran a network that smuggled cocaine to Mexico")]),
    ("Prosecutors in Peru say Keiko Fujimori led a criminal organisation.",
     [("PER", "keiko-fujimori", "led a criminal organisation")]),
    ("Human Rights Watch said Ahmed Abdi founded a charity that builds schools.", []),
    # grounds to try someone, said: they are charged with what they would be tried for
    ("Prosecutors in Peru said there was enough evidence to charge Keiko Fujimori with money laundering.",
     [("PER", "keiko-fujimori", "money laundering")]),
    ("Prosecutors in Peru said there was not enough evidence to charge Keiko Fujimori with money laundering.", []),
    # a part in a wrong is the wrong (a part in a good deed is none)
    ("The Netherlands called for an investigation into Russia's role in the downing of MH17.",
     [("NLD", "RUS", "Russia's role in the downing of MH17")]),
    ("The US welcomed Qatar's role in the release of the hostages.", []),
    # denials, negation, questions and conditions accuse nobody
    ("Iran denied that it had supplied drones to Russia.", []),
    ("Iran did not accuse Israel of the attack.", []),
    ("Did Russia accuse Ukraine of shelling the plant?", []),
    ("If Iran attacks, Israel will respond, Netanyahu said.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS, ids=[c[0][:48] for c in CONSTRUCTIONS])
def test_each_accusation_construction_gives_the_exact_accuser_accused_and_allegation(text, expected) -> None:
    assert accusations(text) == expected


def test_the_office_that_spoke_is_kept_as_the_speaker() -> None:
    reading = read("The Azerbaijani Ministry of Defence said Armenian troops had bombed the city of Ganja.")
    assert [a.speaker for a in reading.accusations] == ["Azerbaijani Ministry of Defence"]


def test_a_pronoun_accuser_cites_the_sentence_that_names_it() -> None:
    reading = read("A United Nations report published on Monday examined the border. It also accused North "
                   "Korea of violating the armistice.")
    assert [(a.sentence, a.context) for a in reading.accusations] == [(1, (0,))]


MEDIATIONS = [
    ("Egypt, Qatar and the United States brokered a ceasefire between Israel and Hamas.", ["EGY", "QAT", "USA"]),
    # go-betweens, plural; the Commonwealth by its short name
    ("Norwegian diplomats acted as go-betweens in the secret talks.", ["NOR"]),
    ("The Commonwealth sent an envoy to mediate between the government and the opposition.", ["commonwealth"]),
    # hosting, in a second participle of the talks; shuttling between the sides; a guarantor of talks;
    # a relative clause after two named mediators
    ("The talks, led by the African Union and hosted by South Africa, opened on Tuesday.", ["african-union", "ZAF"]),
    ("Kuwait's emir, who is mediating between the Gulf neighbours, asked Qatar's ruler to hold off.", ["KWT"]),
    ("Amos Hochstein, the White House envoy who has spent months shuttling between Beirut and Jerusalem, "
     "spoke to Lebanese officials.", ["USA"]),
    ("Norway, which acted as a guarantor of the talks between Colombia and the ELN, said the protocols had to be "
     "respected.", ["NOR"]),
    ("The United States and Saudi Arabia, which brokered a truce between the army and the RSF, are trying to "
     "revive talks.", ["USA", "SAU"]),
    # leading the mediation (a person who acts for no state); a role in restoring ties between two sides
    ("Kenya's former president Uhuru Kenyatta led the mediation between Ethiopia and the TPLF.", ["uhuru-kenyatta"]),
    ("China played a key role in restoring ties between Saudi Arabia and Iran.", ["CHN"]),
    ("The talks, hosted by Turkey, brought together Russian and Ukrainian delegations.", ["TUR"]),
    ("The Qatar-brokered deal was signed in Doha between the United States and the Taliban.", ["QAT"]),
    ("The truce was mediated by Egypt after eleven days of fighting.", ["EGY"]),
    ("With Kuwait's mediation, Saudi Arabia and Qatar agreed to restore ties.", ["KWT"]),
    ("Norway acted as mediator between the government of Colombia and the rebels.", ["NOR"]),
    ("Kenya hosted peace talks between Ethiopia and the TPLF.", ["KEN"]),
    # a role as mediator; going to a country to help settle its quarrel; asked to mediate
    ("The rebels praised Angola's role as mediator in the conflict.", ["AGO"]),
    ("Senegal's president will fly to Bamako this week to help resolve the crisis.", ["SEN"]),
    ("The Swiss envoy travelled to Caracas to try to find a solution to the standoff.", ["CHE"]),
    ("The government asked Norway to mediate between the army and the rebels.", ["NOR"]),
    ("Qatar's emir is expected to travel to Kabul next week to help end the standoff.", ["QAT"]),
    ("Turkey invited Armenia and Azerbaijan to negotiate a ceasefire in Ankara.", ["TUR"]),
    ("Saudi Arabia and Iran restored ties in a deal brokered by China.", ["CHN"]),
    # a third party working for a deal between two sides; a meeting held in someone's presence
    ("Norway is pushing for talks between Colombia and the ELN.", ["NOR"]),
    ("Kenya sought a deal between Ethiopia and Eritrea.", ["KEN"]),
    ("The foreign ministers of Armenia and Azerbaijan will meet in the presence of Russia's Sergei Lavrov.", ["RUS"]),
    ("The African Union mediated between the warring parties in Sudan.", ["african-union"]),
    ("Swiss diplomats carried messages between Washington and Tehran.", ["CHE"]),
    ("The talks in Jeddah were co-hosted by Saudi Arabia and the United States.", ["SAU", "USA"]),
    ("Switzerland played a mediating role in the prisoner exchange between Russia and Ukraine.", ["CHE"]),
    ("Algeria is acting as a go-between for Mali's government and Tuareg rebels.", ["DZA"]),
    # a back channel, and messages passed in a clause of the one who passed them
    ("Qatar served as a back channel between the Taliban and Washington.", ["QAT"]),
    ("Norway helped end the war by passing proposals between Colombia's government and the guerrillas.", ["NOR"]),
    # a former leader speaks for no state: the body he is envoy of mediates
    ("Former Kenyan president Uhuru Kenyatta, the African Union's envoy, mediated talks between "
     "Congo and Rwanda.", ["african-union"]),
    # "is mediating" read as a noun by the parser; an organisation the talks are between is a side
    ("Algeria is mediating between the Malian government and Tuareg rebels.", ["DZA"]),
    ("Norway brokered the Oslo Accords between Israel and the Palestine Liberation Organization.", ["NOR"]),
    # working to broker a deal, sending envoys to mediate
    ("Qatar and the United States have been working to broker a deal to end the fighting.", ["QAT", "USA"]),
    # a former office speaks for nobody; a chairman "of" an organisation speaks for it
    ("The talks were mediated by former NATO Secretary-General Javier Solana.", ["javier-solana"]),
    ("The talks were mediated by the Chairman of the Arab League Ahmed Aboul Gheit.", ["arab-league"]),
    # trying to mediate is mediating; declining to is not
    ("Qatar has been trying to mediate the dispute between Ethiopia and Eritrea.", ["QAT"]),
    ("Kenya declined to mediate the dispute between Somalia and Somaliland.", []),
    ("Turkey hosted a concert in Ankara.", []),
    ("Russia did not mediate between Armenia and Azerbaijan.", []),
    # "under the auspices of" (the parser's lemma of "auspices" is "auspex"); the Vatican is a state
    ("The ceasefire was negotiated under the auspices of the African Union.", ["african-union"]),
    ("The Vatican acted as an intermediary between Cuba and the United States.", ["VAT"]),
    ("The talks did not take place under the auspices of the UN.", []),
    # "act as mediators" read as a noun; the other organisation of the sentence observes; messages
    # carried from one side to the other; the chairman of an organisation speaks for it
    ("The talks, in which the OSCE acts as mediator and the EU as an observer, have not met since 2019.", ["osce"]),
    ("The French foreign minister carried messages from Israel to the Lebanese government.", ["FRA"]),
    ("Russia sent a letter to Ukraine.", []),
    ("The deal was mediated by the Chairman of the African Union Jakaya Kikwete.", ["african-union"]),
    # "co-hosted" kept one word, so the parser reads it as the verb; "led mediation efforts"
    ("The United States and Saudi Arabia co-hosted talks in Jeddah between the army and the RSF.", ["USA", "SAU"]),
    ("The talks were co-chaired by France and Russia.", ["FRA", "RUS"]),
    ("Kenya led mediation efforts between Ethiopia and the TPLF.", ["KEN"]),
    # a delegation a state sends; sponsorship the parser hangs inside the talks' phrase; an offer
    # of mediation accepted, and one turned down
    ("A delegation from Norway arrived to mediate between Colombia and the ELN guerrillas.", ["NOR"]),
    ("Talks between Sudan and the RSF rebels in Jeddah, sponsored by Saudi Arabia, resumed on Monday.", ["SAU"]),
    ("Colombia and the ELN guerrillas accepted Cuba's offer to mediate.", ["CUB"]),
    ("The rebels turned down Cuba's offer to mediate.", []),
    # guarantors named by "with ... as": the talkers are the sides, not go-betweens
    ("Colombia's government and the ELN guerrillas resumed peace talks in Havana, with Cuba and Norway as guarantors.",
     ["CUB", "NOR"]),
    # the small parser reads "hosted" as an adjective of "talks" and the host as its modifier
    ("Kenya's President William Ruto hosted talks between the army and the RSF in Nairobi.", ["KEN"]),
]


@pytest.mark.parametrize(("text", "expected"), MEDIATIONS, ids=[c[0][:48] for c in MEDIATIONS])
def test_each_mediation_construction_names_the_mediator(text, expected) -> None:
    assert [m.mediator for m in read(text).mediations] == expected


def test_ties_cut_are_no_tie() -> None:
    assert read("Egypt cut ties with Qatar in 2017.").ties == []


def test_aid_blocked_is_no_tie_but_a_clause_after_a_comma_ties_on_its_own() -> None:
    assert read("Hungary blocked EU aid to Ukraine.").ties == []
    text = "Hungary and Slovakia have repeatedly blocked EU aid to Ukraine, siding with Moscow."
    assert [set(t.members) for t in read(text).ties] == [{"HUN", "RUS"}]


@pytest.mark.parametrize("text", [
    "Brazil is not a member of the G7, but it attends its summits.",  # denied
    "He said Tsvangirai should be a leading member of that government.",  # wished for
    "The PKK is a former member of the alliance.",  # no longer
    "Russian troops in Ukraine shelled the town.",  # troops may be invaders; a base is hosted
    'The Syrian envoy said, "There was no Syria-North Korea cooperation whatsoever."',  # denied
    "The action is part of a US effort to bolster Gulf allies in the face of a more assertive Iran.",  # faced
    "Senator Gomez, a member of the Senate's foreign relations committee, spoke.",  # a state's own body
    "Chad was the only permanent Security Council member to vote against the resolution.",  # a seat
    "Iran denied that it allowed Houthi fighters to use its ports.",  # denied
])
def test_a_membership_denied_wished_for_past_or_in_a_state_body_or_troops_abroad_is_no_tie(text) -> None:
    assert read(text).ties == []


@pytest.mark.parametrize(("text", "expected"), [
    # a membership said of two states at once, of two blocs, or with "belong to"
    ("Uruguay and Paraguay are both members of Mercosur and the Organization of American States.",
     {frozenset({"URY", "PRY", "mercosur"}), frozenset({"URY", "PRY", "oas"})}),
    ("Tajikistan and Kazakhstan held talks on Monday. Both countries belong to the CSTO.",
     {frozenset({"TJK", "KAZ", "csto"})}),
])
def test_a_membership_of_several_states_ties_them_with_each_bloc(text, expected) -> None:
    assert expected <= {frozenset(t.members) for t in read(text).ties}


@pytest.mark.parametrize(("text", "members"), [
    ("Rwanda sent troops to Mozambique at the request of the Mozambican government.", {"RWA", "MOZ"}),
    ("French aircraft have been bombing rebel columns since January at the request of Chad.", {"FRA", "TCD"}),
    ("Nigerian soldiers landed in Banjul on Friday, sent at the request of the government in Banjul.", {"NGA", "GMB"}),
])
def test_force_sent_or_used_at_a_governments_request_ties_the_two(text, members) -> None:
    assert members in [set(t.members) for t in read(text).ties]


def test_the_state_a_leader_asks_for_troops_is_not_the_leaders_own() -> None:
    # "Prime Minister X" with no state in the title: not the one state his sentence names, which he asks
    reading = read("Haiti's president was killed. Interim Prime Minister Claude Joseph said he had asked Brazil "
                   "to send troops.")
    assert reading.inventory.persons["Claude Joseph"] == "HTI"


@pytest.mark.parametrize("text", [
    "Cuba and Bolivia closed ranks behind Venezuela.",
    "Cuba and Bolivia rallied behind Venezuela.",
])
def test_closing_ranks_behind_a_state_is_standing_by_it(text) -> None:
    assert sorted(sorted(t.members) for t in read(text).ties) == [["BOL", "VEN"], ["CUB", "VEN"]]


def test_helping_a_state_patrol_is_support_though_the_parser_reads_a_noun() -> None:
    # the small parser reads "Somalia patrol" as one noun, the object of "help"
    reading = read("The Turkish navy will help Somalia patrol and defend its coastline.")
    assert [set(t.members) for t in reading.ties] == [{"TUR", "SOM"}]


def test_states_that_strike_alongside_a_partner_are_one_bloc_and_the_partners_report_charges_none() -> None:
    reading = read("Bahrain, Qatar and Kuwait flew or supported the raids alongside British jets, the Ministry of "
                   "Defence in London said.")
    assert {"BHR", "QAT", "KWT", "GBR"} in [set(t.members) for t in reading.ties]
    assert reading.accusations == []


def test_a_government_named_by_a_surname_is_the_articles_holder_of_it_not_a_known_leaders() -> None:
    # "Morales" is also a Guatemalan president the people data knows
    reading = read("Bolivian President Evo Morales spoke in La Paz on Monday. Brazil declared its full support for "
                   "the Morales government.")
    assert [set(t.members) for t in reading.ties] == [{"BRA", "BOL"}]


def test_what_is_done_at_a_request_without_force_is_no_tie() -> None:
    assert read("Spain extradited the banker at the request of Argentina.").ties == []


def test_a_membership_not_held_is_no_tie_in_the_plural_either() -> None:
    assert read("Serbia and Bosnia are not members of NATO.").ties == []


def test_a_mediation_format_lists_its_co_chairs() -> None:
    [mediation] = read("The OSCE Minsk Group, co-chaired by France, Russia and the United States, mediated the "
                       "Nagorno-Karabakh conflict for nearly three decades.").mediations
    assert (mediation.mediator, mediation.members) == ("osce-minsk-group", ("FRA", "RUS", "USA"))


def test_the_co_chairs_of_a_go_between_mediate_with_it_and_are_no_bloc() -> None:
    reading = read("Armenia and Azerbaijan fought a war in 2020. For three decades the Minsk Group, co-chaired by "
                   "France, Russia and the United States, shuttled between Baku and Yerevan.")
    assert [(m.mediator, m.members) for m in reading.mediations] == [("osce-minsk-group", ("FRA", "RUS", "USA"))]
    assert reading.ties == []


def test_envoys_summoned_are_ambassadors_not_go_betweens() -> None:
    assert read("Iran summoned the envoys of the GCC states over the statement.").mediations == []


def test_a_host_named_with_as_in_a_sentence_about_peace_mediates() -> None:
    reading = read("Armenia and Azerbaijan signed the peace deal in Washington with the United States as host.")
    assert [m.mediator for m in reading.mediations] == ["USA"]
    assert read("Qatar, as host of the World Cup, faced criticism.").mediations == []


TIES = [
    ("The Iranian-backed Houthis fired missiles at Saudi Arabia.", {"IRN", "houthis"}),
    # arms in a quantity, arms sent by the one accused, fighters sheltered
    ("Russia has also sold large quantities of weapons to Azerbaijan.", {"RUS", "AZE"}),
    ("Sudan accused the UAE of sending weapons to the RSF.", {"ARE", "rsf"}),
    ("Afghan officials have long accused Pakistan of sheltering Taliban leaders.", {"PAK", "taliban"}),
    # "A and its ally B": A, not the clause's subject; an arms supplier in apposition
    ("Kosovo declared independence in 2008, a step that Belgrade and its ally Moscow still refuse to recognise.",
     {"SRB", "RUS"}),
    ("Russia, Syria's main arms supplier, vetoed the resolution.", {"RUS", "SYR"}),
    # "one of Y's backers"; help received from someone
    ("Russia has been one of Myanmar's staunchest backers, supplying fighter jets.", {"RUS", "MMR"}),
    ("Venezuela remains in power with help from Russia.", {"VEN", "RUS"}),
    # close ties kept (not cut)
    ("Israel maintains strong military links with Azerbaijan.", {"ISR", "AZE"}),
    ("The rebels are backed by Rwanda, according to a UN report.", {"RWA", "rebels"}),
    ("Russia supplies weapons to Syria.", {"RUS", "SYR"}),
    ("Greece and Cyprus signed a defence pact with France.", {"GRC", "CYP", "FRA"}),
    ("Russia and China held joint naval drills in the Sea of Japan.", {"RUS", "CHN"}),
    ("Washington pledged further military aid to Kyiv.", {"USA", "UKR"}),
    ("The United States has provided Ukraine with billions of dollars in military aid.", {"USA", "UKR"}),
    ("Iran supplied Russia with drones.", {"IRN", "RUS"}),
    ("Beijing criticised Washington's arms sales to Taiwan.", {"USA", "TWN"}),
    ("The Wagner Group is backed by the Kremlin.", {"RUS", "wagner-group"}),
    ("North Korea shipped artillery shells to Russia, US officials said.", {"PRK", "RUS"}),
    ("Germany delivered tanks to Ukraine.", {"DEU", "UKR"}),
    ("Mercenaries of the Wagner Group fought alongside Mali's army.", {"wagner-group", "MLI"}),
    ("The Taliban, which is linked to al-Qaeda, took Kabul.", {"taliban", "al-qaeda"}),
    ("Kenya is part of a pact between the African Union and the European Union.", {"african-union", "eu"}),
    ("France set up a naval coalition in the Red Sea, which was later joined by Italy and Greece.",
     {"FRA", "ITA", "GRC"}),
    ("The pipeline project, which involves Kazakhstan, Azerbaijan and Georgia, was delayed.",
     {"KAZ", "AZE", "GEO"}),
    ("In 2014, Russia started supporting the separatists against the Ukrainian army.", {"RUS", "separatists"}),
    ("Azerbaijani troops retook the town in an offensive supported by Turkey.", {"TUR", "AZE"}),
    # support alleged in an accusation ties the accused to the one supported
    ("Ethiopia accused Eritrea of arming the Fano militia.", {"ERI", "fano"}),
    # an ally who mediates is still an ally
    ("France, a close ally of Chad, brokered talks between Chad's government and the rebels.", {"FRA", "TCD"}),
    # a joint statement's makers, backing from several, joining a bloc, allegiance
    ("In a joint statement, Japan and Australia condemned the missile test.", {"JPN", "AUS"}),
    ("Belarus has relied on diplomatic backing from Russia.", {"BLR", "RUS"}),
    ("Sweden formally joined NATO in March 2024.", {"SWE", "nato"}),
    ("The ISWAP fighters, who pledged allegiance to al-Qaeda, raided the town.", {"iswap", "al-qaeda"}),
    # help or fighters alleged for someone, inside an accusation
    ("Azerbaijan accused France of helping Armenia rebuild its army.", {"FRA", "ARM"}),
    ("Sudan accused Chad of sending fighters to fight for the Rapid Support Forces.", {"TCD", "rsf"}),
    # support alleged with two verbs sharing their object
    ("The United States accused Iran of arming and training the Houthis.", {"IRN", "houthis"}),
    # a supporter, a friendship
    ("Algeria has been a staunch supporter of the Polisario Front.", {"DZA", "polisario-front"}),
    ("Pakistan and China describe their friendship as unbreakable.", {"PAK", "CHN"}),
    # troops sent to help someone; agreeing to cooperate
    ("Chad sent 1,000 troops to help Niger fight the jihadists.", {"TCD", "NER"}),
    ("Kenya and Ethiopia agreed to cooperate on border security.", {"KEN", "ETH"}),
    # arms received from someone
    ("Ethiopia received armed drones from Turkey.", {"TUR", "ETH"}),
    # approval of another's act: the approver and the one who did it
    ("Japan welcomed Washington's decision to lift the sanctions.", {"JPN", "USA"}),
    ("Saudi Arabia praised the US raid that killed the al-Qaeda leader.", {"SAU", "USA"}),
    ("US forces killed the militia leader in a drone strike. Israeli Prime Minister Naftali Bennett found the strike "
     "justified.", {"ISR", "USA"}),
    ("France congratulated Kenya on the peaceful election.", {"FRA", "KEN"}),
    # recognising a state or a breakaway region; a region that acts is a side of its own
    ("On Tuesday, Spain voted to recognise Palestine.", {"ESP", "PSE"}),
    ("Nicaragua announced its recognition of Palestine.", {"NIC", "PSE"}),
    ("Russia recognised the independence of Abkhazia on Tuesday.", {"RUS", "abkhazia"}),
    # the one a label describes is the one backed ("calls the militants terrorists backed by X")
    ("Kenya calls the militants \"terrorists\" backed by neighbouring Somalia.", {"SOM", "militants"}),
    # a hyphen-linked name; support by a state's strikes; a commitment to a state
    ("In 2003 Hezb-e-Islami formed an alliance with the Taliban.", {"hezb-e-islami", "taliban"}),
    ("The rebels, supported by French air strikes, took the town.", {"FRA", "rebels"}),
    ("\"The United States will remain firm in our commitment to Israel,\" the spokesman said.", {"USA", "ISR"}),
    # "pro-X": the group favours X; a coalition's leader is one of its members
    ("Pro-Russian separatists attacked the town.", {"separatists", "RUS"}),
    ("The pro-Iran Kataib Hezbollah militia fired rockets at the base.", {"kataib-hezbollah", "IRN"}),
    ("The US-led coalition, which includes Britain and France, struck the targets.", {"USA", "GBR", "FRA"}),
    # a joint military act of two states
    ("The United States and Britain carried out joint strikes against Houthi targets.", {"USA", "GBR"}),
    # the one who condemns a sale is no giver: the weapons' maker is
    ("The foreign ministry in Beijing condemned the sale of American weapons to Taiwan.", {"USA", "TWN"}),
    # backing another's decision or stance is political support
    ("Armenia defended Iran's decision to close the border crossing.", {"ARM", "IRN"}),
    # standing by or with another; loyal to another (said with a copula)
    ("Britain stood by the United States after the strikes.", {"GBR", "USA"}),
    ("The Mahdi Army, which is loyal to Iran, attacked the base.", {"mahdi-army", "IRN"}),
    # training or support received from another; a leader's party
    ("The Houthis receive training and support from Iran.", {"houthis", "IRN"}),
    # money handed over, to a "to" or as a second object
    ("Norway gave $40 million last year to Somalia.", {"NOR", "SOM"}),
    ("Japan gave Ukraine $5 billion.", {"JPN", "UKR"}),
    ("President Robert Mugabe of Zimbabwe spoke on Tuesday. He said that Mugabe's ZANU-PF party couldn't "
     "risk going it alone.", {"ZWE", "zanu-pf"}),
    # ties held by both sides; ties described with a group; rallies in support; plans to join with
    ("Brazil and Venezuela have a close relationship.", {"BRA", "VEN"}),
    ("Hezbollah, a Shiite militia with links to Iran, fired rockets at Israel.", {"hezbollah", "IRN"}),
    ("Iran staged mass rallies in support of Syria.", {"IRN", "SYR"}),
    ("Britain announced plans to join with the United States in funding a police unit.", {"GBR", "USA"}),
    # fighters deployed or fighting alongside; arms flown in, read as an adjective by the parser;
    # freedom or haven given to a group; a verb pair sharing its partner
    ("Western governments say fighters of the Wagner Group are deployed alongside Malian troops.",
     {"wagner-group", "MLI"}),
    ("M23 accused the Congolese army of fighting alongside the FDLR.", {"COD", "fdlr"}),
    ("The army accused the United Arab Emirates of flying weapons to the RSF.", {"ARE", "rsf"}),
    ("Afghanistan said Pakistan had given the Taliban full freedom to operate.", {"PAK", "taliban"}),
    ("The US has armed and fought alongside the SDF since 2015.", {"USA", "sdf"}),
    # a group linked to another in a label or an apposition
    ("Ankara considers the YPG a terrorist organisation linked to the PKK.", {"ypg", "pkk"}),
    # a group named with a state's adjective is the group alone ("Iraqi militias", not Iraq too)
    ("Some Iraqi militias associated with Iran had made threats against U.S. personnel.", {"iraqi-militias", "IRN"}),
    # a base hosted for another state; "described as" a friendship; military advisers sent; a lifeline
    ("Qatar hosts the largest US military base in the Middle East.", {"QAT", "USA"}),
    ("Pakistan and China describe their relationship as an all-weather friendship.", {"PAK", "CHN"}),
    ("Cuba sent military advisers to Venezuela.", {"CUB", "VEN"}),
    ("China is North Korea's main economic lifeline.", {"CHN", "PRK"}),
    # a titled name "of" a state speaks for it, with another state's leader in the sentence
    ("President Lula of Brazil repeatedly defended Venezuela's President Hugo Chavez.", {"BRA", "VEN"}),
    # a member of a bloc or a group, said outright or in an apposition
    ("Germany, a member of NATO, sent tanks to the border.", {"DEU", "nato"}),
    ("Turkey is a NATO member, and an EU membership candidate.", {"TUR", "nato"}),
    # a decision to arm is its owner's, not the critic's
    ("China expressed strong dissatisfaction with the US decision to sell arms to Taiwan.", {"USA", "TWN"}),
    # ground, air or bases lent to another's forces
    ("Belarus allowed Russian troops to use its territory to invade Ukraine.", {"BLR", "RUS"}),
    ("Kyrgyzstan let US forces use its air base at Manas.", {"KGZ", "USA"}),
    # a package of arms or aid, and who commits to it or announces it
    ("The United States committed to a 10-year, $30-billion arms package for Israel.", {"USA", "ISR"}),
    ("The sale is part of an arms package for Saudi Arabia announced by the United States.", {"USA", "SAU"}),
    # close ties kept, in any of the verbs news uses for keeping them
    ("Turkey enjoys close ties with Azerbaijan.", {"TUR", "AZE"}),
    ("Turkey has deepened its strong ties with Azerbaijan.", {"TUR", "AZE"}),
    # a base one state keeps in another
    ("Russia has a naval base in Syria.", {"RUS", "SYR"}),
    ("The president addressed American troops at a U.S. military base in Kuwait.", {"USA", "KWT"}),
    # a known group named with "terrorists" is the group
    ("Colombia accused Venezuela of harboring FARC terrorists.", {"VEN", "farc"}),
    # forces under one command, set up by the subject of the verb the setting up completes
    ("Chad and Niger agreed to set up a joint force to fight Boko Haram.", {"TCD", "NER"}),
]
# (text, members, kind): a tie someone alleges or its giver denies is alleged, not a fact
TIE_KINDS = [
    ("Iran supplied drones to Russia.", {"IRN", "RUS"}, "military_support"),
    ("Iran denied that it had supplied drones to Russia.", {"IRN", "RUS"}, "alleged_involvement"),
    ("Ukraine said Iran had supplied drones to Russia, which Tehran rejected.", {"IRN", "RUS"}, "military_support"),
    # colluding is only ever alleged; two parties agreeing to govern together are a bloc
    ("Cambodia accused the Khmer Rescue Party of conspiring with Thailand.", {"khmer-rescue-party", "THA"},
     "alleged_involvement"),
    ("The Liberal Party and the Labour Party agreed to form a coalition government.", {"liberal-party", "labour-party"},
     "political_support"),
]


@pytest.mark.parametrize(("text", "members"), TIES, ids=[c[0][:48] for c in TIES])
def test_each_tie_construction_names_its_members(text, members) -> None:
    assert [set(t.members) for t in read(text).ties] == [members]


@pytest.mark.parametrize(("text", "members", "kind"), TIE_KINDS, ids=[c[0][:48] for c in TIE_KINDS])
def test_a_denied_or_alleged_tie_is_alleged_involvement(text, members, kind) -> None:
    assert [(set(t.members), t.kind) for t in read(text).ties] == [(members, kind)]


def test_acronyms_joined_by_a_hyphen_before_a_noun_for_fighters_are_one_group() -> None:
    reading = read("The MDC said ZANU-PF militias had killed dozens of its supporters. ZANU-PF denied it.")
    assert {m.text: m.actor for m in reading.inventory.mentions if m.actor != "mdc"} == {
        "ZANU-PF militias": "zanu-pf", "ZANU-PF": "zanu-pf"}


def test_an_acronym_used_without_parentheses_names_the_actor_whose_initials_it_spells() -> None:
    reading = read("In Nairobi, the opposition Orange Democratic Movement accused the government of rigging the "
                   "election. The ODM said police had killed dozens of its supporters.")
    assert {m.actor for m in reading.inventory.mentions if m.text in ("ODM", "Orange Democratic Movement")} == {
        "orange-democratic-movement"}


def test_a_government_spokesman_in_an_article_about_one_state_speaks_for_it_and_an_acronym_in_a_phrase_names_the_group() -> None:
    reading = read("In Nairobi, the opposition Orange Democratic Movement accused the government of rigging the "
                   "election. Government spokesman Alfred Mutua denied the claims and accused ODM leaders of "
                   "inciting violence.")
    assert {(a.accuser, a.accused) for a in reading.accusations} == {
        ("orange-democratic-movement", "KEN"), ("KEN", "orange-democratic-movement")}


def test_a_party_of_the_opposition_is_the_opposition() -> None:
    reading = read("Uganda held a presidential election in January. Uganda's main opposition party said the "
                   "police had beaten its supporters.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("opposition", "UGA")]


def test_a_titled_official_speaks_for_the_state_named_before_not_the_one_he_accuses() -> None:
    reading = read("Zimbabwe's main opposition party said its offices had been attacked. The ruling party denied "
                   "the charge. Information Minister George Charamba accused Britain of funding the opposition.")
    assert reading.inventory.persons["George Charamba"] == "ZWE"
    assert ("ZWE", "GBR") in {(a.accuser, a.accused) for a in reading.accusations}


def test_a_state_body_with_a_generic_name_speaks_for_its_state() -> None:
    reading = read("Thailand's Election Commission asked the Constitutional Court to dissolve the Future Forward "
                   "Party, accusing it of accepting an illegal loan from its leader.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("THA", "future-forward-party")]


def test_a_party_leader_speaks_for_the_party_he_leads() -> None:
    reading = read("LUSAKA - Zambian police charged opposition leader Hakainde Hichilema with treason. Hichilema, "
                   "who leads the United Party for National Development (UPND), was arrested on Tuesday.")
    assert reading.inventory.persons["Hakainde Hichilema"] == "united-party-for-national-development"


def test_a_person_titled_after_the_name_as_the_head_of_a_party_speaks_for_the_party() -> None:
    text = "Tundu Lissu, the chairman of the opposition Chadema party, said the ruling CCM had rigged the vote."
    assert read(text).inventory.persons["Tundu Lissu"] == "chadema"
    assert pairs(text) == [("chadema", "ccm")]


def test_a_linked_name_and_its_acronym_are_one_actor_with_or_without_the_linking_particle() -> None:
    reading = read("His Pakistan Tehreek-e-Insaf (PTI) party says the cable proves it. The PTI called protests.")
    assert {m.text: m.actor for m in reading.inventory.mentions} == {
        "Pakistan Tehreek-e-Insaf": "pakistan-tehreek-e-insaf", "PTI": "pakistan-tehreek-e-insaf"}
    named = {m.text: m.actor for m in read("Lashkar-e-Taiba (LeT) was blamed. LeT denied it.").inventory.mentions}
    assert named["LeT"] == named["Lashkar-e-Taiba"]


def test_a_long_name_with_commas_and_its_acronym_are_one_actor() -> None:
    reading = read("The United Nations Educational, Scientific and Cultural Organization (UNESCO) met on Monday. "
                   "UNESCO said the site was at risk.")
    assert {m.actor for m in reading.inventory.mentions} == {"united-nations-educational-scientific-and-cultural-organization"}
    assert len(reading.inventory.mentions) == 3


def test_an_english_name_before_the_known_acronym_of_its_own_language_name_is_the_same_group() -> None:
    reading = read("Colombia asked Cuba to arrest the commanders of the National Liberation Army (ELN). "
                   "The National Liberation Army said the attack was legitimate.")
    named = {m.text: m.actor for m in reading.inventory.mentions}
    assert named["National Liberation Army"] == named["ELN"] == "eln"


def test_a_titled_name_the_parser_mislabels_speaks_for_its_state_and_a_leader_of_a_party_for_the_party() -> None:
    text = ("Nigerian President Goodluck Jonathan's role as mediator was praised. Raila Odinga, leader of the "
            "Kenyan opposition party Orange Democratic Movement (ODM), has often criticized Jonathan for failing to "
            "condemn the arrests.")
    found = accusations(text)
    assert found and all(accused == "NGA" for _, accused, _ in found)
    assert {accuser for accuser, _, _ in found} == {"orange-democratic-movement"}


def test_its_refers_to_the_owner_named_earlier_in_the_same_phrase() -> None:
    reading = read("US Secretary of State Mike Pompeo cited the Cuban government's repression of the Cuban people "
                   "and its support for armed groups in Venezuela.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("USA", "CUB")]


def test_diplomatic_support_from_two_states_ties_each_to_the_one_supported() -> None:
    ties = read("Serbia has counted on diplomatic support from Moscow and Beijing in the dispute.").ties
    assert sorted(((sorted(t.members), t.kind) for t in ties), key=str) == [
        (["CHN", "SRB"], "political_support"), (["RUS", "SRB"], "political_support")]


def test_the_accuser_of_alleged_support_is_no_ally_of_the_supported() -> None:
    text = "Ethiopia accused Sudan of arming and training fighters from the Tigray People's Liberation Front."
    assert [t for t in read(text).ties if "ETH" in t.members] == []


def test_its_in_what_someone_is_charged_with_is_the_one_charged_and_the_charge_is_no_tie_of_the_critic() -> None:
    reading = read("Japan criticised China for its support of North Korea's missile programme.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("JPN", "CHN")]
    assert [t for t in reading.ties if "JPN" in t.members] == []


def test_refusing_to_cooperate_is_no_tie() -> None:
    assert read("Turkey refused to cooperate with Sweden on extraditions.").ties == []


def test_a_treaty_said_to_be_violated_is_no_tie() -> None:
    assert read("Diplomats in Brussels said Russia had violated the treaty.").ties == []


def test_a_peace_treaty_binds_former_enemies_not_allies() -> None:
    for text in ("Jordan and Israel signed a peace treaty in 1994.",
                 "The 1994 peace treaty between Jordan and Israel set the border.",
                 "Jordan said the peace treaty had been breached by Israeli troops."):
        assert read(text).ties == [], text
    assert read("Jordan and Egypt signed a defence pact.").ties  # a pact of allies still ties


def test_troops_sent_to_a_border_are_no_tie() -> None:
    assert read("Russia sent troops to the border with Ukraine.").ties == []


def test_the_accuser_and_the_accused_of_a_sentence_are_no_allies() -> None:
    reading = read("Kosovo's prime minister accused Serbia of backing the gunmen.")
    assert reading.accusations and [t for t in reading.ties if "XKX" in t.members] == []


def test_talks_and_meetings_name_no_mediator() -> None:
    for text in ("Russia said it would hold talks with Ukraine next week.",
                 "China called for talks between Russia and Ukraine.",  # a bare call is no mediation
                 "Israel is working for a peace deal between Israel and the Palestinians.",  # a side
                 "The suspect was questioned in the presence of a lawyer.",
                 "The UN Security Council will meet on Friday to discuss the crisis in Sudan.",
                 "The Malian president returned to Bamako to help resolve the crisis.",  # a side, at home
                 "The Danish prime minister convened a cabinet meeting to discuss Denmark's response.",
                 "Both countries try to negotiate a peace deal with the Palestinian Authority.",
                 "Egypt hosted a summit of the African Union.",  # the organisation meets, no sides
                 "Russia hosted a summit of the Commonwealth of Independent States."):
        assert read(text).mediations == [], text


def test_an_organisation_that_accuses_in_the_sentence_mediates_nothing_there() -> None:
    reading = read("Talks between Sudan and the rebels, whom the African Union accused Chad of backing, stalled.")
    assert reading.accusations and reading.mediations == []


def test_welcoming_talks_or_a_state_approves_of_no_act() -> None:
    for text in ("Germany welcomed the talks.", "Germany welcomed Turkey to the meeting.",
                 "Iran did not welcome the Russian offensive."):
        assert read(text).ties == [], text


def test_recognising_an_act_or_refusing_to_recognise_is_no_tie() -> None:
    for text in ("Turkey does not recognise Cyprus.", "The US Congress recognized the killings as genocide."):
        assert read(text).ties == [], text


def test_a_region_that_speaks_is_an_actor_and_an_english_word_is_no_country() -> None:
    reading = read("Catalonia declared independence. Paris hosted the talks. The rebel leader fled to Mayotte Island.")
    assert "catalonia" in reading.inventory.actors and "ISL" not in reading.inventory.actors


def test_a_peoples_republic_is_one_name_and_recognising_it_is_a_tie() -> None:
    reading = read("On Monday, Russia passed a bill recognizing the self-proclaimed Donetsk People's Republic in "
                   "eastern Ukraine as an independent state. It was the first step of a plan that was made in the "
                   "spring. The Donetsk People's Republic said that it was attacked by the army of Ukraine on the "
                   "same day, and it asked for help from all of its friends in the east.")
    assert reading.inventory.actors["donetsk-peoples-republic"].name == "Donetsk People's Republic"
    assert [set(t.members) for t in reading.ties] == [{"RUS", "donetsk-peoples-republic"}]


def test_an_acronym_spelled_by_its_long_form_is_one_actor_and_a_mixed_case_one_keeps_its_case() -> None:
    reading = read("Mugabe vowed to go to war if the Movement for Democratic Change (MDC) wins the vote, and he said "
                   "the MDC would never rule. Let us see what the country says, he told a crowd in the capital on "
                   "the day after the vote was held.")
    actors = reading.inventory.actors
    assert actors["movement-for-democratic-change"].forms[:2] == ["Movement for Democratic Change", "MDC"]
    assert "lashkar-e-taiba" not in actors  # "Let us see" is no LeT


def test_weapons_name_no_tie_between_states_named_before_them() -> None:
    reading = read("The exclave, Russian land lying between Poland and Lithuania, now holds nuclear-capable missiles "
                   "and anti-ship weapons.")
    assert reading.ties == []


def test_a_mediator_is_no_ally_of_the_sides_it_brings_together() -> None:
    reading = read("The Qatar-brokered deal was signed in Doha between the United States and the Taliban.")
    assert reading.mediations and not any("QAT" in t.members for t in reading.ties)


def test_the_police_of_the_home_state_accuse_with_the_sentence_that_places_the_story_as_evidence() -> None:
    from summariser import summarise

    text = ("A 31-year-old woman was arrested by police in Lyon on suspicion of arson, French officials said. "
            "Media in France named her as Claire Dubois.")
    briefing = summarise(text, "local", method="reading")
    assert [(a.accuser, a.accused, a.speaker) for a in briefing.accusations] == [
        ("France", "Claire Dubois", "police in Lyon")]
    assert {e.sentence for e in briefing.accusations[0].evidence} == {0, 1}
    assert not briefing.rejected


def test_arms_made_in_a_state_tie_their_suppliers_to_the_receiver_not_to_the_maker() -> None:
    reading = read("Emails indicate Iran and Syria are supplying weapons made in Ukraine and Belarus to Hamas in Gaza.")
    assert sorted(sorted(t.members) for t in reading.ties) == [["IRN", "hamas"], ["SYR", "hamas"]]


def test_each_peoples_republic_of_a_pair_is_an_actor_and_both_are_recognised() -> None:
    reading = read("On Monday, Russia passed a bill recognizing the Donetsk People's Republic and the Luhansk "
                   "People's Republic as independent states.")
    assert sorted(sorted(t.members) for t in reading.ties) == [["RUS", "donetsk-peoples-republic"],
                                                               ["RUS", "luhansk-peoples-republic"]]


def test_a_hyphen_linked_name_is_one_group_and_a_longer_name_that_starts_with_it_is_the_same() -> None:
    reading = read("The Hezb-e-Islami Gulbuddin militia fought the Americans. In 2003 Hezb-e-Islami formed an "
                   "alliance with the Taliban. He was later seen in Mazar-i-Sharif.")
    actors = reading.inventory.actors
    assert "hezb-e-islami-gulbuddin" in actors and "hezb-e-islami" not in actors
    assert not any("sharif" in a for a in actors)
    assert [set(t.members) for t in reading.ties] == [{"hezb-e-islami-gulbuddin", "taliban"}]


def test_stepping_into_a_dispute_mediates_it_and_a_meeting_that_seeks_talks_mediates_nothing() -> None:
    reading = read("The President of Brazil intervened in the crisis and talked to both leaders.")
    assert [m.mediator for m in reading.mediations] == ["BRA"]
    assert read("France intervened in the war in Mali.").mediations == []
    assert read("She spoke ahead of a NATO meeting called by Turkey to seek urgent talks.").mediations == []


def test_welcoming_the_news_approves_of_the_act_reported_and_every_state_of_the_list_welcomes_it() -> None:
    reading = read("The rebel commander was killed by French special forces during a raid in northern Mali. "
                   "Chad, Niger and Mauritania welcomed the news.")  # the parser cuts "Chad" off the list
    assert sorted(sorted(t.members) for t in reading.ties) == [["FRA", "MRT"], ["FRA", "NER"], ["FRA", "TCD"]]


def test_a_tie_to_the_doer_of_the_act_reported_before_cites_the_sentence_that_names_it() -> None:
    from summariser import summarise

    text = ("The rebel commander was killed by French special forces during a raid in northern Mali. "
            "Officials gave no further details. Niger welcomed the news.")
    briefing = summarise(text, "local", method="reading")
    assert [(a.members, [e.sentence for e in a.evidence]) for a in briefing.alliances] == [(["Niger", "France"], [0, 2])]
    assert not briefing.rejected


def test_humanitarian_aid_is_no_tie() -> None:
    assert read("Turkey provided Azerbaijan with humanitarian aid.").ties == []


def test_a_state_backing_an_act_is_no_ally_of_the_one_who_denounces_it() -> None:
    assert read("Venezuela's government has denounced what it called a US-backed coup attempt.").ties == []


def test_states_that_make_one_charge_together_are_a_bloc_but_critics_named_together_and_rivals_are_not() -> None:
    reading = read("Washington and London accused Iran of supplying the Houthis with missiles.")
    assert sorted(sorted(t.members) for t in reading.ties) == [["GBR", "USA"], ["IRN", "houthis"]]
    assert read("India and Pakistan accused each other of violating the ceasefire.").ties == []
    assert read("Erdogan pressed ahead despite criticism by Greece and UNESCO.").ties == []


def test_the_bloc_states_form_is_no_member_of_itself_and_states_blaming_each_on_their_own_are_no_bloc() -> None:
    reading = read("Burkina Faso, Mali and Niger formed the Alliance of Sahel States, a mutual defence pact, in 2023.")
    assert [set(t.members) for t in reading.ties] == [{"BFA", "MLI", "NER"}]
    assert read("The United States, Britain and France each blamed the Syrian government for the attack.").ties == []


def test_groups_named_without_a_head_word_are_known_actors() -> None:
    reading = read("The Muslim Brotherhood denounced the ultimatum. The Peshmerga were supported by US airstrikes.")
    assert {"muslim-brotherhood", "peshmerga"} <= set(reading.inventory.actors)
    assert read("Iran's Islamic Revolutionary Guard fired missiles.").inventory.resolve("Islamic Revolutionary Guard") == "IRN"


def test_villagers_and_gunmen_who_act_are_actors() -> None:
    assert "villagers" in read("Villagers expelled the officials from the town.").inventory.actors
    assert "gunmen" in read("Gunmen stormed the hotel in Bamako.").inventory.actors


def test_attacking_someone_for_a_reason_scolds_them_but_attacking_for_hours_is_fighting() -> None:
    assert accusations("Kenya's president attacked Uganda for the closure of the border crossing.") == [
        ("KEN", "UGA", "the closure of the border crossing")]
    assert accusations("Poland's prime minister chided Belarus for pushing migrants across the frontier.") == [
        ("POL", "BLR", "pushing migrants across the frontier")]
    assert accusations("Chad's army attacked the rebel positions for hours.") == []


def test_a_politicians_campaign_speaks_for_the_politician() -> None:
    text = ("Raila Odinga spoke in Kisumu on Monday. The Odinga campaign accused William Ruto of rigging "
            "the count in the Rift Valley.")
    reading = read(text)
    found = [(reading.inventory.name_of(a), reading.inventory.name_of(b), what) for a, b, what in accusations(text)]
    assert found == [("Raila Odinga", "William Ruto", "rigging the count in the Rift Valley")]


def test_a_known_office_holder_in_domestic_news_speaks_for_the_state_only_when_titled() -> None:
    """People the actor data knows are a side of their own in one state's politics ("accused
    William Ruto of ...", above), but "President William Ruto" holds the office."""
    text = ("Raila Odinga spoke at a rally on Monday. The Odinga campaign accused President William Ruto of "
            "rigging the count in the Rift Valley.")  # (no Kenyan place: with one, the story is Kenya's and
    # the president a domestic side accuses is the person, `AccusationRules._as_person`)
    reading = read(text)
    found = [(reading.inventory.name_of(a), reading.inventory.name_of(b), what) for a, b, what in accusations(text)]
    assert found == [("Raila Odinga", "Kenya", "rigging the count in the Rift Valley")]


def test_a_place_named_new_after_a_state_is_not_that_state() -> None:
    actors = read("The governor of New Mexico said the drought had hit the farms of New Jersey too.").inventory.actors
    assert not {"MEX", "JEY"} & set(actors)
    assert {"NZL", "PNG"} <= set(read("New Zealand and Papua New Guinea signed a treaty.").inventory.actors)


def test_a_titled_leader_met_by_a_states_envoys_is_their_counterpart_not_their_leader() -> None:
    for text in ("Qatari diplomats met President Bola Tinubu in Abuja on Monday.",
                 "Representatives from Qatar and Turkey held a signing in Abuja with President Bola Tinubu."):
        assert read(text).inventory.resolve("Bola Tinubu") not in ("QAT", "TUR"), text
    assert read("Qatar's emir Tamim bin Hamad said the talks would go on.").inventory.resolve("Tamim bin Hamad") == "QAT"


def test_a_state_led_or_prompted_to_accuse_accuses_and_her_is_the_one_before_it() -> None:
    assert accusations("The bombing prompted Pakistan to accuse India of sponsoring terrorism.") == [
        ("PAK", "IND", "sponsoring terrorism")]
    text = ("Colombia's president Gustavo Petro criticized Ecuador's President Daniel Noboa over the raid on the "
            "embassy. This led Mr. Noboa to accuse him of meddling.")
    assert ("ECU", "COL", "meddling") in accusations(text)
    assert accusations("The United States asked Mexico to investigate the shooting.") == []


def test_a_group_labelled_in_a_relative_clause_after_belonging_to_it_is_the_one_labelled() -> None:
    text = "The journalist was accused of belonging to al-Shabaab, which the Kenyan government has labelled a terror group."
    assert ("KEN", "al-shabaab", "a terror group") in accusations(text)


def test_excessive_force_and_cited_intimidation_are_wrongs() -> None:
    assert accusations("The UN report concluded that Myanmar used excessive force to disperse the protest.") == [
        ("un", "MMR", "used excessive force to disperse the protest")]
    assert accusations("ECOWAS cited intimidation and repression by the government of Guinea.") == [
        ("ecowas", "GIN", "intimidation and repression by the government of Guinea")]


def test_pressure_on_a_state_to_stop_says_it_does_wrong() -> None:
    assert accusations("The European Union increased pressure on Russia to end its blockade of Ukrainian ports.") == [
        ("eu", "RUS", "end its blockade of Ukrainian ports")]
    assert accusations("The United States put pressure on Qatar to expand the talks.") == []


def test_that_country_is_the_state_named_before_it_not_the_subject() -> None:
    text = "The base mattered after Russia left Georgia in 2008, after Russia criticized that country's elections."
    assert accusations(text) == [("RUS", "GEO", "that country's elections")]
    assert accusations("France expelled two Malian diplomats. Paris accused that country of spying on its troops.") == [
        ("FRA", "MLI", "spying on its troops")]


def test_a_group_branded_with_its_label_hung_on_it_is_accused() -> None:
    assert accusations("Ethiopia's government has branded the TPLF a terrorist organisation.") == [
        ("ETH", "tplf", "a terrorist organisation")]


def test_a_report_set_in_commas_inside_the_clause_it_reports_accuses() -> None:
    assert accusations("Israel's actions, the Turkish president said, amounted to genocide.") == [
        ("TUR", "ISR", "amounted to genocide")]
    assert accusations("Russian forces, the Ukrainian military said, had shelled the town of Kharkiv.") == [
        ("UKR", "RUS", "had shelled the town of Kharkiv")]


def test_entering_a_space_someone_owns_is_a_trespass_and_a_crossing_of_none_is_not() -> None:
    assert accusations("Taiwan said 20 Chinese military aircraft had entered its air defence zone.") == [
        ("TWN", "CHN", "had entered its air defence zone")]
    assert accusations("Kyiv said Russian troops had crossed into Ukrainian territory.") == [
        ("UKR", "RUS", "had crossed into Ukrainian territory")]
    assert accusations("Thousands of refugees crossed the border into Poland, Ukraine said.") == []


def test_blame_laid_on_one_accuses_it_of_what_it_is_blamed_for() -> None:
    assert accusations("Moscow laid the blame for the collapse of the talks on Kyiv.") == [
        ("RUS", "UKR", "the collapse of the talks")]
    assert accusations("Officials in Kabul placed responsibility for the bombing on the Haqqani network.") == [
        ("AFG", "haqqani-network", "responsibility for the bombing")]


def test_a_wrong_counted_out_in_thousands_is_still_the_wrong() -> None:
    assert accusations("Azerbaijan said Armenian forces planted thousands of landmines in the territories.") == [
        ("AZE", "ARM", "planted thousands of landmines in the territories")]


def test_an_unnamed_ministry_speaks_for_the_state_before_it_and_it_then_refers_to_that_state() -> None:
    text = ("Sudan's army said it had repelled an attack on El Fasher. The army accused the Rapid Support Forces of "
            "shelling a hospital. The paramilitary group said the army had bombed civilian areas. In a statement, "
            "the ministry of foreign affairs called on the world to designate the RSF a terrorist organisation. "
            "It said the group had committed genocide in Darfur.")
    assert ("SDN", "rsf", "had committed genocide in Darfur") in accusations(text)


def test_sides_named_after_an_opening_mediation_phrase_are_not_mediators() -> None:
    text = "Under the auspices of the OSCE, Armenia and Azerbaijan agreed to a prisoner exchange."
    assert [m.mediator for m in read(text).mediations] == ["osce"]


def test_siding_with_and_fighting_on_behalf_of_are_ties() -> None:
    assert [set(t.members) for t in read("Hungary is siding with Moscow over the sanctions.").ties] == [{"HUN", "RUS"}]
    ties = read("The Wagner Group has been fighting on behalf of the Malian junta.").ties
    assert [(set(t.members), t.kind) for t in ties] == [({"wagner-group", "MLI"}, "military_support")]


def test_backing_in_the_second_verb_of_a_relative_clause_ties_the_noun_it_describes() -> None:
    text = "The Polisario Front, which seeks independence for the territory and is backed by Algeria, met in Tindouf."
    assert [set(t.members) for t in read(text).ties] == [{"DZA", "polisario-front"}]


def test_a_gerund_charge_the_parser_hangs_on_a_later_noun_is_the_allegation() -> None:
    assert accusations("Al-Shabaab accused the Ethiopian troops in the AU mission of killing civilians.") == [
        ("al-shabaab", "ETH", "killing civilians")]


def test_the_group_is_the_group_the_sentences_before_are_about() -> None:
    text = ("Human Rights Watch published a report on Tuesday. The group accused Myanmar's army of burning villages.")
    assert accusations(text) == [("human-rights-watch", "MMR", "burning villages")]
    text = ("The RSF, which grew out of the Janjaweed militias, rejected that account. In a statement, the group said "
            "Sudanese army warplanes had bombed crowded neighbourhoods.")
    assert accusations(text) == [("rsf", "SDN", "had bombed crowded neighbourhoods")]


def test_the_opposition_party_named_elsewhere_and_the_ruling_party_are_the_parties_named() -> None:
    text = ("LUSAKA - Zambia's main opposition party accused the government of using the police to intimidate its supporters. "
            "The United Party for National Development (UPND) said officers had arrested its staff. "
            "\"The ruling party is using state institutions to steal this election,\" a UPND spokesman said. "
            "The ruling Patriotic Front dismissed the allegations.")
    found = accusations(text)
    assert ("united-party-for-national-development", "ZMB",
            "using the police to intimidate its supporters") in found
    assert ("united-party-for-national-development", "patriotic-front",
            "is using state institutions to steal this election") in found
    kinds = {a.name: a.kind for a in read(text).inventory.actors.values()}
    assert kinds["Patriotic Front"] == kinds["United Party for National Development"] == "political_group"


def test_bare_congo_is_the_congo_the_article_names_in_full() -> None:
    text = ("The Democratic Republic of Congo and Rwanda agreed to a ceasefire. "
            "Congo accuses Rwanda of backing the M23 rebels.")
    assert ("COD", "RWA", "backing the M23 rebels") in accusations(text)
    assert accusations("Congo accused Rwanda of backing the rebels, officials in Brazzaville said.")[0][0] == "COG"


def test_a_thing_backed_by_a_state_ties_it_to_nobody() -> None:
    assert read("Hamas rejected a proposal backed by the United States.").ties == []
    assert [set(t.members) for t in read("The M23 rebels, backed by Rwanda, seized Goma.").ties] == [{"RWA", "m23"}]


def test_a_second_clause_with_its_own_subject_is_no_part_of_the_allegation() -> None:
    text = ("Beijing said the Philippine vessel had illegally intruded into waters near the shoal and that its coast "
            "guard had acted in accordance with the law.")
    assert accusations(text) == [("CHN", "PHL", "had illegally intruded into waters near the shoal")]


def test_an_acronym_kept_from_the_name_in_its_own_language_names_the_translated_name() -> None:
    text = ("The rebels, who call themselves the Congolese Rally for Democracy (RCD), accused Zimbabwean warplanes "
            "of bombing civilian areas. The RCD said the jets came at dawn.")
    assert accusations(text) == [("congolese-rally-for-democracy", "ZWE", "bombing civilian areas")]
    # a known acronym keeps its actor: no tail of the long name is read as its translation
    text = "The Organization for Security and Co-operation in Europe (OSCE) chaired the talks."
    assert [a.name for a in read(text).inventory.actors.values()] == ["OSCE"]


def test_it_is_an_invasion_by_y_accuses_y_not_what_it_stands_for() -> None:
    text = ("Kinshasa accused Rwanda of sending troops. \"This is not a rebellion. It is an invasion by Rwanda,\" "
            "the information minister said.")
    assert {(a, b) for a, b, _ in accusations(text)} == {("COD", "RWA")}


def test_an_act_a_relative_clause_condemns_accuses_its_doer() -> None:
    assert accusations("Pakistan has carried out air strikes inside Afghanistan, which Kabul condemned.") == [
        ("AFG", "PAK", "air strikes")]
    assert accusations("Israel's raid on Jenin, which the Arab League condemned, killed ten.") == [
        ("arab-league", "ISR", "Israel's raid on Jenin")]
    assert accusations("The rebels, whom Ethiopia accused of massacres, denied it.") == [("ETH", "rebels", "massacres")]


def test_what_a_misread_gerund_acts_on_is_part_of_the_charge() -> None:
    assert accusations("Paris has accused Wagner of preying on Mali's resources.") == [
        ("FRA", "wagner-group", "preying on Mali's resources")]


def test_an_envoy_for_rights_is_no_go_between_and_one_in_talks_is() -> None:
    assert read("Mali's junta expelled the UN rights envoy after a report on the massacre.").mediations == []
    assert [m.mediator for m in read("UN envoy Hans Grundberg arrived in Sanaa for talks with the Houthis.").mediations] == ["un"]


def test_unnamed_attackers_are_not_the_next_person_named() -> None:
    text = ("The ISPR said the attackers had used sanctuaries in Afghanistan. A Taliban spokesman, Zabihullah "
            "Mujahid, rejected the accusation.")
    assert accusations(text) == []  # no one named is the attackers: not the spokesman named next


def test_changing_the_status_quo_and_colluding_with_fighters_are_wrongs() -> None:
    assert accusations("Japan accused China of trying to change the status quo by force in the East China Sea.") == [
        ("JPN", "CHN", "trying to change the status quo by force in the East China Sea")]
    assert [(a, b) for a, b, _ in accusations("Rwanda said the Congolese army was collaborating with the FDLR militia.")] \
        == [("RWA", "COD")]


def test_the_maker_named_in_the_subjects_relative_clause_is_accused() -> None:
    assert accusations("Egypt said the dam that Ethiopia built threatens its water supply.") == [
        ("EGY", "ETH", "the dam that Ethiopia built threatens its water supply")]


def test_a_group_aligned_or_linked_by_a_hyphen_is_tied() -> None:
    ties = read("The Iran-aligned Houthis have attacked ships in the Red Sea.").ties
    assert [(set(t.members), t.kind) for t in ties] == [({"houthis", "IRN"}, "alleged_involvement")]


def test_people_used_as_weapons_and_an_attack_carried_out_by_one_accuse_it() -> None:
    assert [(a, b) for a, b, _ in accusations(
        '"Belarus is using human beings as weapons," the Lithuanian interior minister told reporters.')] == [("LTU", "BLR")]
    text = ('Polish Prime Minister Mateusz Morawiecki spoke in Warsaw. "This is a hybrid attack, planned and carried '
            'out by the regime in Minsk," Morawiecki told lawmakers.')
    assert [(a, b) for a, b, _ in accusations(text)] == [("POL", "BLR")]


def test_a_name_with_an_office_beside_it_speaks_for_the_state_the_office_serves() -> None:
    text = ("The Central African Republic went to the polls. Ange-Maxime Kazagui, the government spokesman, also "
            "accused Francois Bozize of plotting a coup.")
    assert [a for a, _, _ in accusations(text)] == ["CAF"]
    text = "The National Security Council in Manila accused the China Coast Guard of aggressive conduct."
    assert [(a, b) for a, b, _ in accusations(text)] == [("PHL", "CHN")]


def test_a_member_of_the_movements_bureau_speaks_for_the_movement_before() -> None:
    text = ('Israel accused Hamas of reneging on the deal. "We remain committed," said Izzat al-Rishq, a member of '
            'the Islamist movement\'s political bureau. He accused Israel of killing dozens of Palestinians.')
    assert ("hamas", "ISR", "killing dozens of Palestinians") in accusations(text)


def test_the_london_based_group_is_the_group_named_before() -> None:
    text = ("Amnesty International accused the Dyck Advisory Group of firing into crowds. The London-based group "
            "also accused Mozambican security forces of torturing suspects.")
    assert ("amnesty-international", "MOZ", "torturing suspects") in accusations(text)


def test_a_name_and_an_acronym_of_another_language_name_one_new_actor_and_its_officials_speak_for_it() -> None:
    text = ("President Nicolas Maduro accused hardliners within the Democratic Unity Roundtable (MUD) of promoting "
            "a coup. Ramon Guillermo Aveledo, the MUD's executive secretary, said the coalition would stay. "
            "Aveledo accused Cuba of interfering in the command of the armed forces.")
    found = accusations(text)
    assert ("VEN", "democratic-unity-roundtable", "promoting a coup") in found
    assert ("democratic-unity-roundtable", "CUB", "interfering in the command of the armed forces") in found
    # a person and his party, a document: no actor from the acronym after them
    names = [a.name for a in read("The committee was set up by Sports Secretary Leopoldo Paulino (PSB) in the city "
                                  "government. Ban expects the Status of Forces Agreement (SOFA) to be signed.")
             .inventory.actors.values()]
    assert "Sports Secretary Leopoldo Paulino" not in names and "Status of Forces Agreement" not in names


def test_an_act_labelled_with_its_doer_after_the_label_accuses_the_doer() -> None:
    assert [(a, b) for a, b, _ in accusations(
        'Venezuelan President Hugo Chavez described the raid as "a war crime" committed by the Colombian government.')] \
        == [("VEN", "COL")]


def test_where_a_statement_was_read_and_a_municipality_named_like_a_capital_are_places() -> None:
    text = ("Colombian President Juan Manuel Santos ordered raids on the FARC after an attack in the municipality of "
            "Buenos Aires killed eleven soldiers. Defence Minister Juan Carlos Pinzon "
            "said the guerrillas of the FARC had violated the ceasefire. In a statement read out in Havana, the FARC "
            "accused the army of pursuing an offensive.")
    found = {(a, b) for a, b, _ in accusations(text)}
    assert ("farc", "COL") in found and "ARG" not in {x for pair in found for x in pair} and "CUB" not in {
        x for pair in found for x in pair}


def test_money_promised_to_fighters_is_a_charge() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "Colombia's police chief said files showed that Venezuela had promised the guerrillas US$300 million.")] \
        == [("COL", "VEN")]


def test_a_dateline_with_a_date_and_a_plain_hyphen_leaves_the_first_sentence_whole() -> None:
    assert accusations("CAIRO, Feb 18 - Egypt accused Qatar of supporting terrorism on Wednesday.") == [
        ("EGY", "QAT", "supporting terrorism on Wednesday")]


def test_held_responsible_for_its_part_convinced_that_and_an_act_of_aggression_by_accuse() -> None:
    text = ("The Netherlands and Australia said in a joint statement that they held Russia legally responsible for "
            "its part in the downing of flight MH17.")
    assert {(a, b) for a, b, _ in accusations(text)} == {("NLD", "RUS"), ("AUS", "RUS")}
    assert [(a, b) for a, b, _ in accusations("The Dutch government is convinced that Russia shot down the plane.")] \
        == [("NLD", "RUS")]
    assert accusations("Ukraine is not convinced that Russia shelled the plant.") == []
    assert [(a, b) for a, b, _ in accusations(
        "The White House described the sinking as an act of aggression by North Korea.")] == [("USA", "PRK")]


def test_a_plan_to_do_a_wrong_uncovered_accuses_its_maker_not_its_target() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "Ukraine said it had uncovered plans by Moscow's intelligence services to destabilise the country.")] \
        == [("UKR", "RUS")]
    assert [(a, b) for a, b, _ in accusations(
        "Ukraine said its intelligence had intercepted a Russian plan for the destruction of Moldova.")] == [("UKR", "RUS")]
    assert accusations("Kyiv said it had intercepted a Russian plan to rebuild the bridge.") == []


def test_the_front_is_the_one_front_the_article_names_and_the_party_in_power_is_not_a_party_named() -> None:
    text = ("Delegations from Ethiopia and the Tigray People's Liberation Front (TPLF) met in Pretoria. On the eve of "
            "the meeting, the front's spokesman, Getachew Reda, accused Eritrean troops of killing civilians.")
    assert ("tplf", "ERI", "killing civilians") in accusations(text)
    text = ("The United Democratic Party boycotted the vote. ECOWAS cited intimidation by the party in power.")
    assert accusations(text) == []  # the party in power is not the one party named


def test_an_inter_american_body_is_no_american_one() -> None:
    text = ("The Inter-American Commission on Human Rights (IACHR) said in a report that the state had committed grave "
            "violations in Nicaragua.")
    names = [a.name for a in read(text).inventory.actors.values()]
    assert "United States" not in names and "Inter-American Commission on Human Rights" in names


def test_an_act_a_relative_clause_blames_on_a_states_act_accuses_that_state() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "The fighting followed explosions that Kabul blamed on Pakistani air strikes.")] == [("AFG", "PAK")]


def test_a_bare_election_commission_is_the_home_states() -> None:
    text = ("BANGKOK - Thailand's Constitutional Court dissolved the opposition Future Forward Party. The case was "
            "brought by the Election Commission, which accused the party of accepting an illegal donation. Thailand's "
            "government denied any role.")
    assert ("THA", "future-forward-party", "accepting an illegal donation") in accusations(text)


def test_each_act_of_a_reported_list_is_an_allegation_of_its_own() -> None:
    text = ("A UN report concluded that Israel used disproportionate force in the war, deliberately targeted Gaza "
            "civilians, used them as human shields, and destroyed civilian infrastructure.")
    assert [c for _, _, c in accusations(text)] == [
        "used disproportionate force in the war", "targeted Gaza civilians", "used them as human shields",
        "destroyed civilian infrastructure"]
    assert {(a, b) for a, b, _ in accusations(text)} == {("un", "ISR")}


def test_a_list_of_charges_after_of_is_kept_whole_not_cut_at_its_first_comma() -> None:
    found = accusations("Ukraine accused Russia of shelling cities, deporting children, torturing prisoners and looting grain.")
    assert "looting grain" in " ".join(c for _, _, c in found) and {(a, b) for a, b, _ in found} == {("UKR", "RUS")}


def test_a_dateline_with_a_region_and_a_date_ends_at_its_dash() -> None:
    reading = read("BANDA ACEH, Indonesia, May 17 -- Indonesia accused the rebels of burning dozens of schools.")
    assert [s.text for s in reading.sentences][0] == "BANDA ACEH, Indonesia, May 17 --"


def test_a_states_word_before_a_peoples_word_names_that_community_not_the_states() -> None:
    assert accusations("The Bosnian government blamed Bosnian Serb forces for the mortar attack on the market.") == [
        ("BIH", "bosnian-serbs", "the mortar attack on the market")]
    assert [(a, b) for a, b, _ in accusations(
        "The Turkish Cypriot leader accused the Greek Cypriot administration of exploiting gas reserves.")] \
        == [("turkish-cypriots", "greek-cypriots")]
    names = [a.name for a in read("Saudi Arabian jets struck Sanaa.").inventory.actors.values()]
    assert "Saudi Arabia" in names


def test_a_groups_name_goes_on_through_for_and_its_capitalised_words() -> None:
    text = "The National Front for the Defence of the Constitution accused Guinea's junta of killing protesters."
    assert accusations(text) == [("national-front-for-the-defence-of-the-constitution", "GIN", "killing protesters")]
    names = [a.name for a in read("The Civic Alliance for Justice and Democracy met on Friday.").inventory.actors.values()]
    assert names == ["Civic Alliance for Justice and Democracy"]


def test_a_quoted_charge_is_not_cut_at_the_speakers_own_comma() -> None:
    text = 'The US accused Muammar Gaddafi\'s Libya of launching "a war against his people, promising to hunt them down."'
    assert [c for _, _, c in accusations(text)] == ['launching "a war against his people, promising to hunt them down']


def test_incidents_of_rights_violations_in_a_state_accuse_that_state() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "The United Nations released its report, highlighting several incidents of alleged human rights violations "
        "in the Indian state of Jammu and Kashmir.")] == [("un", "IND")]
    assert [(a, b) for a, b, _ in accusations("Amnesty cited incidents of killings by Nigerian soldiers.")] == [
        ("amnesty-international", "NGA")]


def test_a_tie_someone_reports_is_between_the_ones_reported_not_the_reporter() -> None:
    ties = read("Israel says Iran funds, trains and arms Hezbollah.").ties
    assert [set(t.members) for t in ties] == [{"IRN", "hezbollah"}]


def test_posing_a_threat_is_a_charge_and_an_act_on_a_place_blamed_in_a_relative_clause_is_the_act() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "The Kremlin warned that NATO's expansion posed a direct threat to Russia's security.")] == [("RUS", "nato")]
    assert accusations("The attack on the embassy, which Washington blamed on Iranian-backed militias, killed two.") \
        == [("USA", "militias", "The attack on the embassy")]


def test_its_ally_named_beside_it_is_tied_even_in_a_charge() -> None:
    ties = read("The minister blamed the BNP and its main ally, Jamaat-e-Islami, for a wave of firebomb attacks.").ties
    assert [set(t.members) for t in ties] == [{"bnp", "jamaat-e-islami"}]
    assert [set(t.members) for t in read("Israel formed a coalition with the United States against Iran.").ties] == [
        {"ISR", "USA"}]


def test_a_league_called_ruling_is_a_party_and_the_arab_league_is_not() -> None:
    kinds = {a.name: a.kind for a in read(
        "Bangladesh's ruling Awami League accused the opposition BNP of violence. The Arab League condemned it.")
        .inventory.actors.values()}
    assert kinds["Awami League"] == "political_group" and kinds["Arab League"] == "international_organisation"


def test_offering_good_offices_is_mediation() -> None:
    text = "South Africa offered its good offices to help end the conflict in South Sudan."
    assert [m.mediator for m in read(text).mediations] == ["ZAF"]


def test_a_civil_body_named_after_its_state_or_a_faith_speaks_for_itself_not_the_state() -> None:
    assert accusations("The Iraqi Observatory for Human Rights accused Iraqi troops of torturing detainees.") \
        == [("iraqi-observatory-for-human-rights", "IRQ", "torturing detainees")]
    assert accusations("The Ghana Bar Association condemned Togo's arrest of two lawyers.") == [
        ("ghana-bar-association", "TGO", "Togo's arrest of two lawyers")]
    assert accusations("The Hindu Council of Nepal blamed Maoist rebels for the temple bombing.") == [
        ("hindu-council-of-nepal", "maoist-rebels", "the temple bombing")]  # named with its people's word
    assert accusations("The Iraqi Defence Ministry accused Turkey of bombing villages in the north.") == [
        ("IRQ", "TUR", "bombing villages in the north")]  # a state's own body is still the state


def test_an_outlet_accused_is_a_side_but_its_reports_are_still_no_charges() -> None:
    text = "Egypt accused Al Jazeera of spreading false news. Al Jazeera reported that Egyptian police had beaten protesters."
    assert accusations(text) == [("EGY", "al-jazeera", "spreading false news")]


def test_a_verdict_with_its_court_hung_low_and_a_former_leader_named_after_of() -> None:
    text = ("Former President of Chad Hissene Habre was found guilty of ordering the torture of prisoners by the "
            "Extraordinary African Chambers in Dakar.")
    assert accusations(text) == [("extraordinary-african-chambers", "hissene-habre", "ordering the torture of prisoners")]


def test_a_free_relative_after_against_and_a_relative_clause_on_a_source_of_protest() -> None:
    assert accusations("Armenia protested against what it called shelling by Azerbaijani troops near the border.") \
        == [("ARM", "AZE", "shelling by Azerbaijani troops near the border")]
    assert accusations("The expulsions drew protests from Algeria, which accused Morocco of spying.") == [
        ("DZA", "MAR", "spying")]


def test_a_criticism_from_someone_whose_that_clause_the_parser_hangs_on_the_verb() -> None:
    found = accusations("Canada added to criticism from the European Union that Belarus's crackdown will deepen "
                        "the crisis.")
    assert ("eu", "BLR") in [(a, b) for a, b, _ in found]


def test_each_side_blaming_the_other_is_a_charge_both_ways() -> None:
    assert accusations("Eritrean and Ethiopian troops exchanged fire near Badme, each side blaming the other.") == [
        ("ERI", "ETH", "exchanged fire near Badme"), ("ETH", "ERI", "exchanged fire near Badme")]
    assert accusations("Thai and Cambodian soldiers clashed near the temple, with each accusing the other of "
                       "opening fire first.") == [
        ("THA", "KHM", "opening fire first"), ("KHM", "THA", "opening fire first")]


def test_criticised_by_a_group_for_a_wrong_the_parser_hangs_on_the_group() -> None:
    assert accusations("The Burundian army has been criticised by Amnesty International for killing protesters.") \
        == [("amnesty-international", "BDI", "killing protesters")]


def test_a_closing_label_the_parser_hangs_inside_the_object() -> None:
    assert accusations("Canada called the arrest of the activists by Saudi Arabia unacceptable.") == [
        ("CAN", "SAU", "the arrest of the activists by Saudi Arabia unacceptable")]


def test_a_protest_over_an_act_with_no_one_it_is_lodged_with_accuses_the_acts_doer() -> None:
    assert accusations("Greece lodged a strong protest over the violation of its airspace by Turkish jets.") == [
        ("GRC", "TUR", "the violation of its airspace by Turkish jets")]
    assert accusations("Japan lodged a protest over its own drills.") == []


def test_a_charge_after_a_relative_clause_set_off_by_commas_is_the_verbs() -> None:
    assert accusations("Yemeni officials blamed the Houthi movement, which they say is armed by Iran, for the "
                       "shelling of Marib.") == [("YEM", "houthis", "the shelling of Marib")]


def test_they_is_no_subject_named_after_it_in_its_own_sentence() -> None:
    assert accusations("The rebels said they had shot down a Malian helicopter, a claim France denied.") == []


def test_a_charge_the_parser_hangs_on_the_passive_accuser() -> None:
    assert accusations("The Cameroonian army has been accused by Human Rights Watch of burning villages.") == [
        ("human-rights-watch", "CMR", "burning villages")]


def test_a_tie_reported_inside_a_relative_clause_and_a_hedged_receiver() -> None:
    ties = read("Iraqi officials blamed Kataib Hezbollah, which they say is armed by Iran, for the rocket attack.").ties
    assert [set(t.members) for t in ties] == [{"IRN", "kataib-hezbollah"}]
    ties = read("The rebels are believed to receive weapons from Eritrea.").ties
    assert [set(t.members) for t in ties] == [{"ERI", "rebels"}]


def test_raped_is_rape_though_rapped_is_rap() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "The Karen Women's Organisation said Burmese soldiers had raped villagers in Karen State.")] == [
        ("karen-womens-organisation", "MMR")]


def test_the_report_is_the_one_named_before_with_its_author_and_he_is_a_person() -> None:
    text = ("Burundi has rejected a United Nations report that accuses its police of torturing detainees. "
            "The report, released on Monday by a commission of inquiry, also said the Imbonerakure militia had "
            "killed opposition members. Amnesty International welcomed the findings. \"The government has denied "
            "everything,\" said Rose Mugisha, the group's regional director. She added that police had beaten "
            "students in Bujumbura.")
    found = [(a, b) for a, b, _ in accusations(text)]
    assert found == [("un", "BDI"), ("un", "imbonerakure"), ("amnesty-international", "BDI")]


def test_allegations_or_evidence_that_a_wrong_was_done_accuse_its_doer() -> None:
    assert accusations("The UN report said there were credible allegations that the Sudanese army had bombed "
                       "markets.") == [("un", "SDN", "the Sudanese army had bombed markets")]
    assert accusations("A UN panel found evidence that Eritrean troops had looted homes.") == [
        ("un", "ERI", "Eritrean troops had looted homes")]
    assert accusations("The inquiry found no evidence that Israeli troops had fired on the crowd.") == []
    assert accusations("There is evidence that Russian troops shelled the town.") == []


def test_protesting_ones_innocence_is_a_denial_and_a_parliament_is_its_states() -> None:
    assert accusations("Libya's Abdel Basset al-Megrahi has always protested his innocence.") == []
    assert [(a, b) for a, b, _ in accusations(
        "A resolution of Kenya's National Assembly condemned Uganda for the seizure of Migingo island.")] == [
        ("KEN", "UGA")]


def test_a_title_with_no_state_is_the_nearest_sentences_state_not_a_farther_ones() -> None:
    text = ("Togo closed its border on Monday. The move followed a dispute over traders. "
            "Ghana said the closure broke a trade pact. The opposition accused the government of Prime "
            "Minister Kofi Mensah of weakness.")
    assert read(text).inventory.persons["Kofi Mensah"] == "GHA"


def test_revenge_vowed_for_an_act_accuses_its_doer() -> None:
    assert accusations("A Turkish drone strike killed three PKK fighters near Sinjar. The PKK vowed revenge for "
                       "the killings.") == [("pkk", "TUR", "the killings")]
    assert accusations("The militants vowed revenge.") == []


def test_the_men_after_members_of_an_armed_group_are_that_group() -> None:
    found = accusations("A Nigerian air strike killed four members of Boko Haram near Maiduguri. The army said "
                        "the men had been planning to attack a school.")
    assert [(a, b) for a, b, _ in found] == [("NGA", "boko-haram")]


def test_the_zionist_enemy_is_israel() -> None:
    assert [(a, b) for a, b, _ in accusations("Hezbollah said the Zionist enemy had shelled villages in the south.")] \
        == [("hezbollah", "ISR")]


def test_a_seizure_of_power_someone_calls_a_coup_and_a_coup_in_a_state_accuse_that_state() -> None:
    assert [(a, b) for a, b, _ in accusations(
        "Soldiers in Niger detained the president on Wednesday, in what the African Union called a coup.")] == [
        ("african-union", "NER")]
    assert accusations("ECOWAS condemned the military takeover in Burkina Faso.") == [
        ("ecowas", "BFA", "the military takeover in Burkina Faso")]
    assert accusations("The United States condemned the attack in Kabul.") == []


def test_the_same_noun_again_is_the_one_its_owner_was_named_with() -> None:
    found = accusations("Indian troops crossed the line of control on Monday. Pakistan said the troops had shelled "
                        "three villages.")
    assert [(a, b) for a, b, _ in found] == [("PAK", "IND")]
    found = accusations("An inquiry found that the Ukrainian pilots had ignored warnings. Belarusian investigators "
                        "blamed the pilots for the crash.")
    assert [(a, b) for a, b, _ in found] == [("BLR", "UKR")]


def test_a_group_called_terrorists_inside_a_charge_is_labelled_by_the_accuser() -> None:
    assert accusations("Colombia accused Venezuela of sheltering ELN terrorists.") == [
        ("COL", "VEN", "sheltering ELN terrorists"), ("COL", "eln", "ELN terrorists")]
    assert [(a, b) for a, b, _ in accusations("Turkey said PKK terrorists had attacked a police station.")] == [
        ("TUR", "pkk")]


def test_hostages_taken_and_an_act_blamed_before_is_the_blamed_ones() -> None:
    text = ("Mali's army blamed the JNIM group for the kidnapping of two Italian engineers near Gao. "
            "Army spokesman Souleymane Dembele said the gunmen had taken the hostages, two Italians, towards the "
            "border. Italy's foreign minister called the abduction a cowardly act.")
    found = [(a, b) for a, b, _ in accusations(text)]
    assert found.count(("MLI", "jnim")) == 2  # the kidnapping blamed; the hostages taken, by the gunmen
    assert ("MLI", "ITA") not in found  # the hostages' country is no one's accused
    assert ("ITA", "jnim") not in found  # condemning an act another blames on Y is no charge against Y
    names = [a.name for a in read("Armed Forces spokesman Ali Said said the gunmen had taken ten hostages in "
                                  "Kenya.").inventory.actors.values()]
    assert "Armed Forces" not in names


def test_a_counted_plural_stands_for_the_list_named_before() -> None:
    text = ("Niger, Chad and Benin recalled their envoys from Nigeria on Friday. The three governments said in a "
            "joint statement that Nigeria was harbouring armed groups that attack their border towns.")
    assert pairs(text) == [("NER", "NGA"), ("TCD", "NGA"), ("BEN", "NGA")]
    text = "Peru and Bolivia traded fire near Lake Titicaca. The two countries accused each other of violating the truce."
    assert sorted((a, b) for a, b, _ in accusations(text)) == [("BOL", "PER"), ("PER", "BOL")]
    # a place is not one of the sides counted, and an indefinite count refers back to no one
    assert accusations("Talks opened in Kenya as the two sides traded accusations over the attacks.") == []
    assert accusations("Ghana and Togo met. Two countries accused Ghana of stalling the vote.") == []


def test_they_set_in_commas_inside_a_report_are_not_its_subject() -> None:
    text = ("Laos, Cambodia and Myanmar issued a joint statement on Monday. Thailand, they said, was "
            "\"promoting terrorism\" along the Mekong.")
    assert pairs(text) == [("LAO", "THA"), ("KHM", "THA"), ("MMR", "THA")]


def test_a_protest_lodged_while_naming_the_act_and_words_of_outrage() -> None:
    text = ("Seoul lodged a strong protest with Tokyo, calling the survey of the islets \"an unacceptable "
            "provocation\".")
    assert pairs(text) == [("KOR", "JPN")]
    text = "Ghana's foreign minister told reporters that Togo's decision was \"inexcusable\"."
    assert pairs(text) == [("GHA", "TGO")]


def test_talks_hosted_in_turn_and_a_guarantor_among_others_mediate() -> None:
    reading = read("The negotiations, which were hosted in turn by Qatar and Egypt, with Turkey among the guarantor "
                   "states, resumed on Sunday.")
    assert mediators(reading) == ["EGY", "QAT", "TUR"]


def test_a_chief_negotiator_speaks_for_his_government() -> None:
    text = ("Sudan's army and the RSF met in Jeddah. The government's chief negotiator, Omar Bashir Sadiq, "
            "accused the RSF of looting hospitals.")
    assert pairs(text) == [("SDN", "rsf")]


def test_a_state_telling_of_its_own_joint_act_accuses_no_partner() -> None:
    text = "France and Chad launched air strikes against the rebels overnight, the French defence ministry said."
    assert ("FRA", "TCD") not in pairs(text)


def test_the_groups_spokesman_speaks_for_the_group_and_both_doers_after_by() -> None:
    text = ("Nigeria and Cameroon bombed camps of the Ambazonia Defence Forces on Monday, Abuja said. "
            "Cho Ayaba, the group's chief spokesman, said the raids were \"a savage aggression\" by Abuja and Yaounde.")
    found = pairs(text)
    assert ("ambazonia-defence-forces", "NGA") in found and ("ambazonia-defence-forces", "CMR") in found
    assert ("NGA", "CMR") not in found


def test_the_aircraft_is_the_craft_named_before_with_its_owner() -> None:
    text = ("Turkish jets intercepted a Greek reconnaissance plane over the Aegean on Monday. The interception of "
            "the plane lasted ten minutes. Turkey's defence ministry said the aircraft had violated its airspace.")
    assert pairs(text) == [("TUR", "GRC")]


def test_an_act_named_before_that_someone_says_was_a_wrong_accuses_its_doer() -> None:
    text = ("Chinese coast guard ships rammed two Philippine supply boats and seized their cargo. The United States "
            "said the seizure was a flagrant violation of international law.")
    assert ("USA", "CHN") in pairs(text)
    text = "Chinese coast guard ships seized two Philippine boats. Manila said the seizure was discussed with Beijing."
    assert ("PHL", "CHN") not in pairs(text)


def test_the_agency_is_the_state_service_named_before_not_the_press() -> None:
    text = ("Georgia's state security agency, known as the SSG, arrested two men on Monday. Later the agency "
            "accused Russia of recruiting saboteurs.")
    assert pairs(text) == [("GEO", "RUS")]


def test_junta_aircraft_and_the_army_are_the_juntas_state() -> None:
    text = ("BANGKOK - Thailand said shells had landed in Tak province. The Arakan Army said junta aircraft had "
            "bombed two villages. Myanmar's junta denied it.")
    assert ("arakan-army", "MMR") in pairs(text)
    text = ("NEW DELHI - India said on Monday it had hosted talks between Myanmar's military government and the "
            "Arakan Army. India urged calm. The Arakan Army said army drones had struck its bases.")
    found = pairs(text)
    assert ("arakan-army", "MMR") in found and ("arakan-army", "IND") not in found


def test_using_a_state_as_a_platform_and_the_noun_that_described_a_group() -> None:
    text = "Iran said the United States was using Iraq as a platform for attacks on its territory."
    assert pairs(text) == [("IRN", "USA")]
    text = ("Al-Shabaab attacked a base in Gedo. Kenya accused Somalia of arming the Ras Kamboni Brigade, a local "
            "militia. Kenya said the militia had raided three villages.")
    found = pairs(text)
    assert ("KEN", "ras-kamboni-brigade") in found and ("KEN", "al-shabaab") not in found


def test_a_deal_brokered_with_the_help_of_others_is_their_mediation_too() -> None:
    reading = read("The prisoner swap was brokered by Turkey with the help of Saudi Arabia and Oman.")
    assert mediators(reading) == ["OMN", "SAU", "TUR"]


def test_a_title_after_a_sentence_about_one_of_two_states_is_its_subjects() -> None:
    text = ("Latvia, which shares a long border with Belarus, says it faces the same pressure. \"Minsk is using "
            "migrants as weapons,\" Interior Minister Maris Kucinskis told reporters.")
    assert pairs(text) == [("LVA", "BLR")]


def test_he_after_a_quote_is_its_speaker_and_the_army_is_the_army_led_governments() -> None:
    text = ("Mali's army-led government cut ties with Algeria. \"The rebels could not hold Kidal without a state "
            "behind them,\" the defence minister said. He said the rebels had shelled two army posts. The rebels' "
            "leader in turn accused the army of bombing markets.")
    found = pairs(text)
    assert ("MLI", "rebels") in found and ("rebels", "MLI") in found
    assert ("rebels", "DZA") not in found


def test_a_states_coast_guard_is_that_state_and_an_untitled_spokesman_takes_the_turn_before() -> None:
    text = ("HANOI - Vietnam accused China on Monday of ramming a fishing boat near the Paracels. The Vietnam "
            "Coast Guard (VCG) said a Chinese ship had rammed the boat. Beijing gave its own account. China's "
            "coast guard said the Vietnamese boat had entered Chinese waters. A foreign ministry spokesman said "
            "Hanoi had broken its promises.")
    found = pairs(text)
    names = {a.name for a in read(text).inventory.actors.values()}
    assert not {"Vietnam Coast Guard", "coast guard"} & names
    assert found.count(("VNM", "CHN")) == 2 and found.count(("CHN", "VNM")) == 2


def test_countering_or_retorting_that_a_wrong_was_done_is_saying_it() -> None:
    assert [(a, b) for a, b, _ in accusations("Officials in Kabul countered that Pakistan had sheltered the "
                                              "Haqqani network.")] == [("AFG", "PAK")]
    assert pairs("Eritrea retorted that Ethiopia had shelled its border posts.") == [
        ("ERI", "ETH")]


def test_a_states_guard_after_an_opposition_speaker_and_a_minister_who_accuses_a_capital() -> None:
    text = ("Nicaragua's government jailed two student leaders on Monday. The opposition Civic Alliance "
            "walked out of the talks. Its negotiator, Juan Sebastian Chamorro, accused the National Guard of "
            "beating detained students.")
    assert ("civic-alliance", "NIC") in pairs(text)
    text = ("Chile recalled its ambassador to Bolivia on Monday. At least ten people died in the protests. "
            "Foreign Minister Heraldo Munoz told reporters in Santiago that the remarks were \"unacceptable\" "
            "and accused La Paz of meddling in Chile's affairs. Interior Minister Jorge Burgos said the "
            "protests had been encouraged from abroad.")
    people = read(text).inventory.persons
    assert people["Heraldo Munoz"] == "CHL" and people["Jorge Burgos"] == "CHL"


def test_sides_that_strike_a_third_together_are_tied_but_not_sides_striking_each_other() -> None:
    reading = read("Saudi Arabia and the United Arab Emirates launched air strikes on Houthi positions near Hodeidah.")
    assert [(set(t.members), t.rule) for t in reading.ties] == [({"SAU", "ARE"}, "joint-attack")]
    assert read("Armenia and Azerbaijan shelled each other's positions overnight.").ties == []
    assert read("Russia and Ukraine launched drones overnight.").ties == []


def test_a_commanders_own_army_speaks_through_him() -> None:
    text = ("Mohamed Hamdan Dagalo's Rapid Support Forces (RSF) took El Fasher on Sunday. Dagalo accused Egypt "
            "of bombing his positions.")
    assert pairs(text) == [("rsf", "EGY")]


def test_what_backs_the_groups_an_umbrella_gathers_backs_the_umbrella() -> None:
    text = ("The Ambazonia Defence Forces (ADF), an umbrella of mostly Nigerian-backed militias, attacked a "
            "village on Monday.")
    assert [set(t.members) for t in read(text).ties] == [{"NGA", "ambazonia-defence-forces"}]


def test_a_bloc_made_up_of_groups_ties_them_and_standing_behind_a_states_integrity() -> None:
    text = ("The Northern Alliance, made up of the Kachin Independence Army (KIA), the Shan State Army (SSA) and "
            "the Karen National Union, attacked an army base.")
    assert [set(t.members) for t in read(text).ties] == [{"kachin-independence-army", "shan-state-army",
                                                          "karen-national-union"}]
    reading = read("Berlin said it stood firmly behind Moldova's territorial integrity.")
    assert [set(t.members) for t in reading.ties] == [{"DEU", "MDA"}]


def test_talks_at_ones_invitation_hosting_theirs_and_a_channel_between_sides_mediate() -> None:
    assert mediators("The leaders of Sudan and South Sudan held talks in Addis Ababa at the invitation of "
                     "Ethiopia's prime minister.") == ["ETH"]
    assert mediators("Armenia visited Moscow at the invitation of Vladimir Putin.") == []
    assert mediators("Talks between Colombian negotiators and the ELN resume on Monday, with the Cuban government "
                     "again hosting the meetings.") == ["CUB"]
    assert mediators("Norway convened a cabinet meeting on Monday.") == []
    assert mediators("Qatar, which has hosted Taliban negotiators for years and is regarded as the main channel "
                     "between the group and Washington, urged restraint.") == ["QAT"]
    reading = read("The talks are convened by the African Union, whose panel is led by its envoy, a former "
                   "Kenyan president. The Tigray People's Liberation Front said it would attend.")
    assert "tigray-peoples-liberation-front" not in {m.mediator for m in reading.mediations}


def test_separatist_and_rebel_as_modifiers_name_the_collective_and_a_date_is_no_authority() -> None:
    text = ("Russian troops entered the breakaway republic in December 1994. Officials and separatists met on "
            "Monday. The Russian Interior Ministry said separatist fighters had fired on a checkpoint.")
    reading = read(text)
    assert "December" not in {a.name for a in reading.inventory.actors.values()}
    assert pairs(text) == [("RUS", "separatists")]
    text = "Rebels attacked Misrata. Fighting continued between rebel and pro-government forces in the city."
    assert read(text).ties == []


def test_a_states_own_security_council_is_that_state_not_the_uns() -> None:
    assert pairs("The Russian Security Council accused Georgia of provocations.") == [
        ("RUS", "GEO")]
    assert pairs("The UN Security Council condemned the attack by the rebels.") == [
        ("unsc", "rebels")]


def test_an_unnamed_states_armed_forces_are_the_state_the_article_is_about_not_a_name_running_into_of() -> None:
    text = ("Fighting flared again in eastern Myanmar on Sunday. Thousands have fled Myanmar since 2021. "
            "Human Rights Watch accused the Armed Forces of torturing detainees in the north.")
    assert pairs(text) == [("human-rights-watch", "MMR")]
    assert "Armed Forces of" not in {a.name for a in read(text).inventory.actors.values()}


def test_a_noun_the_parser_makes_the_object_of_say_is_the_subject_of_the_reported_clause() -> None:
    # the small parser reads "rebels" as what is said and "executed ..." as a reduced relative
    assert accusations("Rights groups say Rwandan-backed M23 rebels executed at least 20 civilians in Kishishe.") == [
        ("rights-groups", "m23", "executed at least 20 civilians in Kishishe")]


def test_lashing_out_at_a_state_saying_what_it_did_charges_it_with_that() -> None:
    found = accusations("Venezuela's foreign minister lashed out at Guyana, saying it had provoked the crisis by "
                        "granting oil concessions.")
    assert [(a, b) for a, b, _ in found] == [("VEN", "GUY")]
    assert "provoked the crisis" in found[0][2]


def test_a_charge_a_denial_answers_is_still_made_by_the_one_who_made_it() -> None:
    assert pairs("The Kremlin dismissed the charges as Russophobic hysteria, after Poland accused Russian "
                 "intelligence of planning sabotage.") == [("POL", "RUS")]
    assert pairs("The Kremlin denied that Russian hackers had attacked the grid.") == []


def test_witnesses_and_residents_accuse_but_are_no_side() -> None:
    text = ("Government troops shelled villages in West Darfur on Monday, Sudan's army said. Sudan has denied "
            "targeting civilians. Witnesses said Janjaweed militias burned homes and shot fleeing civilians.")
    reading = read(text)
    assert ("witnesses", "janjaweed") in [(a.accuser, a.accused) for a in reading.accusations]
    chance = {p.actor: p.chance for p in reading.parties}
    assert chance["witnesses"] == 0.0 and chance["janjaweed"] > 0.35
    assert pairs("The Ethiopian army shelled the town again. Residents accused the army of firing on a market.") == [
        ("residents", "ETH")]


def test_people_named_with_a_demonym_are_named_so_but_a_states_opposition_is_not_its_own_name() -> None:
    found = read("Palestinian activists accused Israeli settlers of burning olive groves.")
    assert "Palestinian activists" in {a.name for a in found.inventory.actors.values()}
    found = read("Russian opposition leader Alexei Navalny was poisoned, the German government said.")
    assert "Russian opposition" not in {a.name for a in found.inventory.actors.values()}


def test_a_group_named_before_is_no_new_described_group() -> None:
    found = read("Hamas accused Israel of stalling the talks. In a statement, the Palestinian group said Israel "
                 "was sabotaging every chance of an agreement.")
    assert "Palestinian group" not in {a.name for a in found.inventory.actors.values()}


def test_former_states_are_states_of_their_own() -> None:
    assert pairs("Armenia accused the Ottoman Empire of genocide.") == [("ARM", "ottoman-empire")]
    assert pairs("Croatia said Yugoslav forces shelled Dubrovnik.") == [("HRV", "YUG")]
    assert pairs("The Soviet Union accused Czechoslovakia of revisionism.") == [("SUN", "CSK")]


def test_a_party_named_after_its_state_is_a_party_not_the_state() -> None:
    assert pairs("The ruling Georgian Dream party accused the United National Movement of plotting a revolution.") == [
        ("georgian-dream", "united-national-movement")]
    assert pairs("The Russian Foreign Ministry accused Ukraine of provocations.") == [("RUS", "UKR")]


def test_an_act_done_unlawfully_is_a_wrong_and_short_state_names_are_states() -> None:
    assert pairs("The Armenian foreign ministry said Baku was holding at least 23 Armenian prisoners illegally.") == [
        ("ARM", "AZE")]
    assert pairs("Bosnia accused Serbia of obstructing the inquiry.") == [("BIH", "SRB")]


def test_a_vote_said_to_be_rigged_by_no_one_named_is_charged_to_the_government_that_held_it() -> None:
    assert pairs("Zimbabwe voted on Saturday. Zimbabwe's opposition said the results had been falsified.") == [
        ("opposition", "ZWE")]
    assert pairs("Kenya held elections in December. Violence erupted after Kibaki was declared the winner of a "
                 "presidential election in Kenya that the opposition says was rigged.") == [("opposition", "KEN")]
    assert pairs("Zimbabwe voted on Saturday. Zimbabwe's opposition said the results had not been falsified.") == []


def test_recalling_an_envoy_in_protest_charges_the_state_it_leaves() -> None:
    assert accusations("Qatar recalled its ambassador from Riyadh in protest at the blockade.") == [
        ("QAT", "SAU", "the blockade")]
    assert pairs("Peru recalled its ambassador to Mexico for consultations.") == []


def test_facing_accusations_that_it_did_wrong_charges_the_one_facing_them() -> None:
    assert pairs("Ecuador faces accusations from Colombia that it shelters FARC guerrillas.") == [("COL", "ECU")]


def test_a_relative_pronoun_inside_a_report_stands_for_its_antecedent() -> None:
    assert accusations("Nigeria's army said it had killed dozens of Boko Haram fighters, who it said had attacked "
                       "a base.") == [("NGA", "boko-haram", "had attacked a base")]


def test_a_vote_stolen_by_no_one_named_is_charged_to_the_ruling_party_the_article_names() -> None:
    text = ("Georgia's opposition parties refused to take up their seats, accusing the ruling Georgian Dream party "
            "of fraud. \"This election was stolen from the people,\" said Nika Gvaramia, a leader of the Coalition "
            "for Change.")
    assert ("coalition-for-change", "georgian-dream") in pairs(text)


def test_suppression_and_escalation_are_wrongs_and_traitor_a_charge() -> None:
    assert pairs("Amnesty condemned the violent suppression of the protests by Belarusian police.") == [
        ("amnesty-international", "BLR")]
    assert pairs("Hamas denounced the Israeli escalation against Gaza.") == [("hamas", "ISR")]


def test_fighters_named_only_by_a_word_before_a_noun_are_an_armed_group() -> None:
    names = {a.name for a in read("The kidnappers approached a Syrian rebel checkpoint and a gunfight broke out.")
             .inventory.actors.values()}
    assert "Syrian rebels" in names
    reading = read("The M23 seized the town. A rebel spokesman said the group would hold it.")
    assert {a.name for a in reading.inventory.actors.values()} == {"M23"}


def test_hyphen_joined_acronyms_after_the_name_one_group_and_spelling_variants_are_known() -> None:
    names = {a.name for a in read("During the war he served in the CNDD-FDD, the group that later took power.")
             .inventory.actors.values()}
    assert "CNDD-FDD" in names
    # a spelling variant is the known group, named as the article spells it (annotators name it so)
    known = {(a.id, a.name) for a in read("Threats were made by al-Qaida in the Islamic Magreb.").inventory.actors.values()}
    assert known == {("aqim", "al-Qaida in the Islamic Magreb")}


def test_a_from_phrase_the_parser_hangs_on_the_first_of_two_forces_belongs_to_the_second() -> None:
    assert pairs("Human Rights Watch said Malian soldiers and Russian mercenaries from the Wagner Group carried "
                 "out the killings.") == [("human-rights-watch", "MLI"), ("human-rights-watch", "wagner-group")]


def test_him_after_an_office_of_an_organisation_is_that_organisation() -> None:
    assert pairs("Mali expelled the head of the UN mission's human rights division, accusing him of bias.") == [
        ("MLI", "un")]


def test_a_further_wrong_after_a_comma_is_part_of_the_charge() -> None:
    found = accusations("Egypt's opposition accused the Muslim Brotherhood of hijacking the revolution, seizing "
                        "control of the courts and jailing its critics.")
    assert found and "seizing control of the courts" in found[0][2]


def test_a_quotation_that_goes_on_in_the_next_sentence_is_still_the_speakers() -> None:
    text = ('Sudan accused Chad of backing the rebels on Monday. "Chad has sent weapons to the rebels," the Sudanese '
            'foreign minister said. "Its troops have also shelled our border villages."')
    found = accusations(text)
    assert ("SDN", "TCD", "have also shelled our border villages") in found


def test_the_speaker_of_a_quotation_is_the_attributions_not_a_saying_verb_inside_it() -> None:
    text = ('Congo\'s foreign minister spoke in Kinshasa. "Rwanda claims it only defends its border," the minister '
            'said. "Its troops have shelled Goma."')
    assert accusations(text) == [("COD", "RWA", "have shelled Goma")]


def test_they_after_a_sentence_about_one_group_is_that_group() -> None:
    text = ("Ethiopia's army said its offensive had ended the rebellion of the Ogaden National Liberation Front "
            '(ONLF). "Since the raid on the oil field, the ONLF bandit group is on the run," the spokesman said. '
            '"Recently however, they have tried to raid some villages."')
    assert ("ETH", "ogaden-national-liberation-front", "have tried to raid some villages") in accusations(text)


IDIOMS_OF_BLAME = [
    # blame put on someone, for a failing or at their door
    ("The Polish report placed the blame on Russian air traffic controllers for failing to divert the aircraft.",
     [("POL", "RUS", "failing to divert the aircraft")]),
    ("Ukraine laid the blame squarely at Russia's door for the dam collapse.", [("UKR", "RUS", "the dam collapse")]),
    # a guess is a charge too; seeing someone do a wrong says they did it
    ("Sri Lankan officials surmised the rioters were coordinating their attacks through social media.",
     [("LKA", "rioters", "the rioters were coordinating their attacks through social media")]),
    ("Residents of the town said they witnessed Ethiopian soldiers looting shops and burning homes.",
     [("residents", "ETH", "looting shops and burning homes")]),
    ("Witnesses saw Ugandan soldiers shoot at the protesters.", [("witnesses", "UGA", "shoot at the protesters")]),
    ("We will see whether Russia attacks the bridge.", []),
    # idioms of reproach
    ("Serbia pointed the finger at Kosovo over the violence in the north.",
     [("SRB", "XKX", "the violence in the north")]),
    ("Morocco took Algeria to task over its support for the Polisario Front.",
     [("MAR", "DZA", "its support for the Polisario Front")]),
    ("Venezuela cast Guyana as the aggressor in the dispute.", [("VEN", "GUY", "the aggressor in the dispute")]),
    ("Lithuania said Belarus had blood on its hands over the migrant deaths.",
     [("LTU", "BLR", "had blood on its hands over the migrant deaths")]),
]


@pytest.mark.parametrize(("text", "expected"), IDIOMS_OF_BLAME, ids=[c[0][:48] for c in IDIOMS_OF_BLAME])
def test_idioms_of_blame_and_what_was_seen_are_accusations(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_help_with_negotiating_and_shuttle_diplomacy_are_mediation() -> None:
    assert mediators("The ceasefire, negotiated with the help of Qatar, took effect on Sunday.") == ["QAT"]
    assert mediators("The deal was signed in Doha after months of shuttle diplomacy by Egyptian officials.") == ["EGY"]
    assert mediators("Israel negotiated a prisoner swap with Hamas.") == []  # a side, no go-between


def test_one_who_joins_another_in_condemning_condemns_too() -> None:
    assert accusations("France joined Germany in condemning Russia's annexation of Crimea.") == [
        ("FRA", "RUS", "Russia's annexation of Crimea"), ("DEU", "RUS", "Russia's annexation of Crimea")]


def test_a_blockade_is_a_wrong_and_an_envoy_posted_to_an_organisation_mediates_nothing() -> None:
    text = "Armenia's envoy to the UN told the Security Council that Azerbaijan had blockaded the Lachin corridor."
    assert accusations(text) == [("ARM", "AZE", "had blockaded the Lachin corridor")]
    assert mediators(text) == []
    assert mediators("The UN envoy to Syria, Geir Pedersen, mediated the talks.") == ["un"]


def test_bare_congo_is_the_drc_unless_the_article_names_brazzaville() -> None:
    assert accusations("Congo's government accused Rwanda of backing the M23 rebels.")[0][0] == "COD"
    assert accusations("Congo-Brazzaville accused the Ninja militia of looting. Congo said the militia had attacked "
                       "the capital.")[1][0] == "COG"


def test_party_names_in_their_own_language_and_a_national_organisation_are_parties() -> None:
    kinds = {x.name: x.kind for x in read("The Partido Revolucionario Institucional won the vote. The United Malays "
                                           "National Organisation (UMNO) ruled Malaysia for six decades.").inventory.actors.values()}
    assert kinds["Partido Revolucionario Institucional"] == "political_group"
    assert kinds["United Malays National Organisation"] == "political_group"


def test_a_partys_members_are_the_party_the_article_names_else_their_own_side() -> None:
    text = ("The Social Democratic Party of Germany and the Christian Democrats formed a coalition. The Social Democrats "
            "accused the Christian Democrats of betrayal.")
    assert pairs(text) == [("social-democratic-party-of-germany", "christian-democrats")]
    assert pairs("Democrats accused the White House of obstruction.") == [("democrats", "USA")]


def test_the_european_parliament_is_a_side_and_the_commission_speaks_for_the_union() -> None:
    assert pairs("The European Parliament condemned Russia's annexation of Crimea.") == [("european-parliament", "RUS")]
    assert pairs("The European Commission accused Hungary of violating the rule of law.") == [("eu", "HUN")]
    assert mediators("The talks were facilitated by members of the European Parliament.") == ["european-parliament"]


def ties(text: str) -> list[set[str]]:
    return [set(t.members) for t in read(text).ties]


def test_a_wing_affiliate_or_branch_said_of_a_group_ties_it_to_its_owner() -> None:
    assert ties("The Ambazonia Defence Forces (ADF) is the armed wing of the Ambazonia Governing Council.") == [
        {"ambazonia-defence-forces", "ambazonia-governing-council"}]
    assert ties("Al-Shabaab, al-Qaeda's affiliate in Somalia, attacked the base.") == [{"al-shabaab", "al-qaeda"}]
    assert ties("CARE International's Somali branch suspended its work.") == []  # placed, not owned
    assert ties("The east wing of the building was hit.") == []


def test_harbouring_a_groups_militants_ties_to_the_group_and_an_aside_lists_an_alliances_members() -> None:
    assert ties("The Philippine army accused the Moro Islamic Liberation Front of sheltering militants from Jemaah "
                "Islamiyah.") == [{"milf", "jemaah-islamiyah"}]
    made_of = ties("The Three Brotherhood Alliance — made up of the Myanmar National Democratic Alliance Army (MNDAA), "
                   "the Ta'ang National Liberation Army (TNLA) and the Arakan Army — launched an offensive.")
    assert {"myanmar-national-democratic-alliance-army", "taang-national-liberation-army", "arakan-army"} in made_of


def test_a_list_of_organisations_mediating_a_churchs_conference_and_an_offer_on_condition() -> None:
    assert mediators("The Geneva talks are co-chaired by the European Union, the Organization for Security and "
                     "Co-operation in Europe (OSCE) and the United Nations.") == ["eu", "osce", "un"]
    assert mediators("Talks resumed on Friday under the mediation of the Nicaraguan Episcopal Conference.") == [
        "nicaraguan-episcopal-conference"]
    assert mediators("The talks were mediated by former United Nations Secretary-General Kofi Annan.") == ["kofi-annan"]
    assert mediators("The bishops' conference offered to mediate between the government and the miners if both "
                     "sides agreed.") == []
    assert mediators("Kenya offered to mediate between Ethiopia and Eritrea.") == ["KEN"]


def test_bases_kept_or_deployed_to_recognition_by_and_fighting_alongside_in_a_second_clause() -> None:
    assert ties("Russia, which keeps military bases in both Kyrgyzstan and Tajikistan, urged calm.") == [
        {"RUS", "KGZ"}, {"RUS", "TJK"}]
    assert ties("In Ankara, lawmakers passed a bill allowing more Turkish troops to deploy to a military base in "
                "Qatar.") == [{"TUR", "QAT"}]
    assert ties("Washington recognised Moroccan sovereignty over Western Sahara last December.") == [{"USA", "MAR"}]
    assert ties("The Turkish Republic of Northern Cyprus (TRNC) is recognised only by Ankara.") == [
        {"TUR", "northern-cyprus"}]
    assert ties("Greece praised the church. It has been recognised by UNESCO as part of our heritage.") == []
    assert ties("Eritrean troops had crossed into Tigray and were fighting alongside Ethiopian federal forces.") == [
        {"ERI", "ETH"}]


def test_a_body_misread_as_an_adjective_accuses_and_a_name_given_only_by_calling_themselves() -> None:
    assert accusations("Indonesia's military accused separatist rebels on Saturday of burning dozens of schools.") == [
        ("IDN", "rebels", "burning dozens of schools")]
    assert accusations("The accused rebels of the FDLR were tried in Kigali.") == []
    text = "The rebels, who call themselves the Movement for Justice and Peace, shelled the town."
    assert [a.name for a in read(text).inventory.actors.values()] == ["Movement for Justice and Peace"]
    assert accusations("Serbia pointed the finger at Kosovo over the violence in the north.") == [
        ("SRB", "XKX", "the violence in the north")]


def test_a_package_of_measures_against_a_state_and_the_ministers_a_bloc_named_before() -> None:
    assert accusations("The EU adopted a new package of sanctions against Russia over its invasion of Ukraine.") == [
        ("eu", "RUS", "its invasion of Ukraine")]
    assert accusations("The government took measures to protect civilians.") == []
    text = ("European Union foreign ministers on Monday approved measures against Turkey over its drilling. In their "
            "conclusions, the ministers said Turkey's drilling was illegal.")
    assert {a for a, _ in pairs(text)} == {"eu"}


def test_a_group_named_after_its_state_is_a_group_and_no_ally_of_that_state() -> None:
    text = ("Egyptian warplanes struck militant camps in Derna. The Libya Dawn militia alliance, which controls "
            "Tripoli, condemned the raids as a violation of Libyan sovereignty.")
    reading = read(text)
    assert "libya-dawn" in reading.inventory.actors
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("libya-dawn", "EGY")]
    assert not any({"libya-dawn", "LBY"} == set(t.members) for t in reading.ties)
    assert "nepal-army" not in read("The Nepal Army denied the charge.").inventory.actors


def test_a_reported_subject_the_parser_reads_as_the_object_of_saying() -> None:
    assert accusations("Kenya said Somalia, after months of talks, had violated the deal.") == [
        ("KEN", "SOM", "had violated the deal")]
    assert accusations("Protesters argue President Mohamed Morsi since taking power has failed to address the "
                       "crisis.") == [("protesters", "EGY", "has failed to address the crisis")]
    assert accusations("Kenya said Somalia, because of the talks, would attend.") == []


def test_one_seen_as_anothers_backer_is_tied_to_it() -> None:
    assert ties("The United Arab Emirates is widely seen as the main backer of the RSF.") == [{"ARE", "rsf"}]
    assert ties("The rebels are viewed as a threat by the government.") == []


def test_a_hyphenated_given_name_is_part_of_the_name_and_its_family_name_names_the_person() -> None:
    reading = read("South Korean President Moon Jae-in spoke on Monday. Acting Chief Justice Park Hyun-soo said on "
                   "Tuesday that the court would rule soon. Park said the case was complex.")
    assert reading.inventory.persons.get("Park Hyun-soo") == "KOR"
    assert any(m.text == "Park" and m.actor == "KOR" for m in reading.inventory.mentions)


def test_a_cleft_names_who_fights_alongside_not_the_it() -> None:
    assert ties("The TPLF said on Monday that fighting continued. Its spokesman, Getachew Reda, said it was Eritrean "
                "troops, fighting alongside Ethiopian forces, who had shelled the town.") == [{"ERI", "ETH"}]


def test_an_organ_named_after_its_states_possessive_is_the_state() -> None:
    assert accusations("Tajikistan's State Committee for National Security (GKNB) said Kyrgyz troops had opened fire "
                       "on a border post. The committee accused Bishkek of using the truce to bring up "
                       "reinforcements.") == [("TJK", "KGZ", "had opened fire on a border post"),
                                              ("TJK", "KGZ", "using the truce to bring up reinforcements")]
    assert accusations("Russia's Investigative Committee accused Ukraine of shelling the town.") == [
        ("RUS", "UKR", "shelling the town")]
    assert pairs("Kenya's Orange Democratic Movement accused Uganda of rigging the vote.") == [
        ("orange-democratic-movement", "UGA")]


def test_he_after_a_quote_is_its_speaker_even_a_name_the_parser_reads_as_plural() -> None:
    assert pairs('"This is a flagrant violation of the ceasefire," Cypriot President Nicos Anastasiades said on '
                 'Monday. He accused Turkey of trying to seize the town.') == [("CYP", "TUR")]


def test_a_bodys_acronym_sitting_in_a_capital_is_that_states() -> None:
    assert pairs("North Korea fired a missile on Monday, the Joint Chiefs of Staff (JCS) in Seoul said.") == [
        ("KOR", "PRK")]


def test_a_violation_of_resolutions_never_charges_who_wrote_them() -> None:
    assert pairs("North Korea fired two missiles on Monday. Japan said the launches were a clear violation of UN "
                 "Security Council resolutions.") == [("JPN", "PRK")]  # the launches' doer, never the UN
    assert pairs("Israel launched airstrikes on Monday. Lebanon said the airstrikes were a violation of UN "
                 "resolutions.") == [("LBN", "ISR")]


def test_a_hyphenated_acronym_names_the_group_its_long_form_names() -> None:
    reading = read("Loyalists of Riek Machar's Sudan People's Liberation Movement-in-Opposition (SPLM-IO) ambushed "
                   "a convoy. The SPLM-IO denied it.")
    actors = {m.actor for m in reading.inventory.mentions if "SPLM" in m.text or "Opposition" in m.text}
    assert actors == {"sudan-peoples-liberation-movement-in-opposition"}


def test_a_member_of_a_named_group_speaks_for_it() -> None:
    assert pairs("Doctor Jim Swire, a member of UK Families Flight 103, has threatened to sue the Crown Office over "
                 "what he feels is a deliberate blocking of justice. The families of the victims were angry.") == [
        ("uk-families", "crown-office")]
    # so a member is never tied to the party he speaks for
    assert ties('Yasser Hamza, a member of the Freedom and Justice Party, the political party of the Muslim '
                'Brotherhood, said, "For an institution of state to stage a coup against the president, this will '
                'not pass."') == []
    # a member of a state's body still speaks for no one but the state
    assert pairs("Amina Wekesa, a member of the Kenyan parliament, accused Uganda of rigging the vote.") == [
        ("KEN", "UGA")]


def test_parties_that_govern_in_coalition_are_tied() -> None:
    assert ties("The Social Democratic Party has served in coalition with the Green Party since 2021.") == [
        {"social-democratic-party", "green-party"}]
    assert ties("The Social Democratic Party is not in coalition with the Green Party.") == []


DOMESTIC_DISPUTES = [
    # a court, named as a body of its own, charging its own state's government
    ("The Supreme Court of the United Kingdom ruled that the British government had acted unlawfully.",
     [("supreme-court-of-the-united-kingdom", "GBR", "had acted unlawfully")]),
    # a court told only by its state's adjective or capital is the state's, as annotators name it
    ("A Kenyan court found the opposition leader Ivan Petrov guilty of fraud.", [("KEN", "ivan-petrov", "fraud")]),
    ("A Moscow court convicted Alexei Navalny of fraud.", [("RUS", "alexei-navalny", "fraud")]),
    # contempt: held in it, by a vote or by a court, with its reason
    ("The House of Representatives voted to hold Attorney General Paul Renner in contempt of Congress for "
     "refusing to hand over documents.",
     [("house-of-representatives", "paul-renner", "contempt of Congress for refusing to hand over documents")]),
    ("Paul Renner was held in contempt of Congress by the House of Representatives.",
     [("house-of-representatives", "paul-renner", "contempt of Congress")]),
    # a lawsuit: its reason given by what its maker says, and the suit itself speaking for its maker
    ("Amnesty International sued the Kenyan government, arguing that the ban was unconstitutional.",
     [("amnesty-international", "KEN", "the ban was unconstitutional")]),
    ("Amnesty International filed a lawsuit against the Kenyan government, saying the ban violated the constitution.",
     [("amnesty-international", "KEN", "the ban violated the constitution")]),
    ("A lawsuit filed by Amnesty International accuses the Kenyan government of violating the rights of refugees.",
     [("amnesty-international", "KEN", "violating the rights of refugees")]),
    ("A report released by Human Rights Watch accuses the Kenyan government of detaining refugees.",
     [("human-rights-watch", "KEN", "detaining refugees")]),
    ("Amnesty International filed a lawsuit on Monday. The lawsuit accuses the Kenyan government of detaining "
     "refugees.", [("amnesty-international", "KEN", "detaining refugees")]),
    # a region or a federal state acting as a side, by its name or its own government
    ("California sued the Trump administration over the emergency declaration.",
     [("california", "USA", "the emergency declaration")]),
    ("Catalonia's regional government accused Madrid of repression.", [("catalonia", "ESP", "repression")]),
    # a region that sues the leader of its own state is a domestic side: the leader is the person
    ("US President Mark Bellamy declared an emergency on Friday. California sued President Mark Bellamy on Monday "
     "over his order placing the National Guard under federal command.",
     [("california", "mark-bellamy", "his order placing the National Guard under federal command")]),
    # a whistle-blower is a side, named as written
    ("US President Donald Trump spoke to Ukraine's president in July. According to a whistle-blower complaint, "
     "Trump may have misused his office.", [("whistle-blower", "donald-trump", "may have misused his office")]),
    # a one-word party the article names capitalised
    ("Labour accused the British government of undermining democracy.",
     [("labour", "GBR", "undermining democracy")]),
    # a leader charging a domestic rival is the person, by name or by campaign; charging a state, the state
    ("US President Donald Trump attacked former vice president Joe Biden on Tuesday. Trump accused Biden of lying "
     "about his record.", [("donald-trump", "joe-biden", "lying about his record")]),
    ("US President Donald Trump attacked former vice president Joe Biden on Tuesday. The Trump campaign accused "
     "Biden of siding with criminals.", [("donald-trump", "joe-biden", "siding with criminals")]),
    ("US President Donald Trump met Kenyan President Uhuru Kenyatta on Tuesday. Trump accused Kenya of stealing "
     "American jobs.", [("USA", "KEN", "stealing American jobs")]),
    # charges faced or denied: the one facing them is accused, "from" names who makes them
    ("Kenyan President Daniel Kibet faced allegations of corruption from opposition leader Amina Wekesa.",
     [("amina-wekesa", "daniel-kibet", "corruption")]),
    # idioms of attack in words and of blame
    ("Opposition leader Amina Wekesa took a veiled shot at President Daniel Kibet for his attacks on the press.",
     [("amina-wekesa", "daniel-kibet", "his attacks on the press")]),
    ("Amina Wekesa laid the blame for the killings squarely at the feet of the Kenyan government.",
     [("amina-wekesa", "KEN", "the killings")]),
    ("Amnesty International singled out the Kenyan government for criticism over the killings.",
     [("amnesty-international", "KEN", "the killings")]),
    ("Amnesty International singled out the Kenyan government for praise over the elections.", []),
    # a decision named again by its noun is its maker's, when it is called a wrong, not only judged
    ("Kenyan President Daniel Kibet commuted the sentence of his ally Paul Oloo. Opposition leader Amina Wekesa "
     "criticized the commutation as an abuse of power.",
     [("amina-wekesa", "daniel-kibet", "the commutation as an abuse of power")]),
    ("Kenyan President Daniel Kibet suspended parliament on Monday. Opposition leader Amina Wekesa called the "
     "suspension a coup.", [("amina-wekesa", "daniel-kibet", "the suspension a coup")]),
    ("Kenyan President Daniel Kibet fired the electoral commission on Monday. Opposition leader Amina Wekesa "
     "condemned the decision.", []),
    # a book speaks for its author
    ("Amina Wekesa released a book on Monday. The book alleges that Kenyan President Daniel Kibet took bribes.",
     [("amina-wekesa", "daniel-kibet", "took bribes")]),
    # an envoy summoned "regarding" a wrong; a wrong seen as what it is; sowing chaos
    ("Hungary summoned the Azeri ambassador on Monday regarding the breach of Azeri assurances.",
     [("HUN", "AZE", "the breach of Azeri assurances")]),
    ("Armenia sees Azerbaijan's actions as highly provocative.",
     [("ARM", "AZE", "Azerbaijan's actions as highly provocative")]),
    # a relative named by a word of kin, as the article introduced them
    ("The singer Kanye West held a rally with his wife Kim Kardashian. The next day West accused his wife of "
     "attempting to lock him up.", [("kanye-west", "kim-kardashian", "attempting to lock him up")]),
    # removal sought over a wrong, and impeachment with "on charges" hung on the vote
    ("Democrats called for the resignation of Attorney General Paul Renner over the scandal.",
     [("democrats", "paul-renner", "the scandal")]),
    ("Democrats demanded that Attorney General Paul Renner resign over his handling of the inquiry.",
     [("democrats", "paul-renner", "his handling of the inquiry")]),
    ("British Prime Minister David Crane faced a crisis. The opposition Labour Party tabled a motion of no "
     "confidence in the government over its handling of the crisis.",
     [("labour-party", "GBR", "its handling of the crisis")]),
    ("Democrats called for the resignation of Attorney General Paul Renner over the weekend.", []),
    ("The US House of Representatives voted 230 to 197 to impeach President Mark Bellamy on charges of abuse of "
     "power.", [("house-of-representatives", "mark-bellamy", "on charges of abuse of power")]),
    # the head of state charging a domestic party is the person; a vice president speaks for the state
    ("South Korean President Yoon Suk Yeol declared martial law on Tuesday. President Yoon accused the opposition "
     "Democratic Party of paralysing the government.",
     [("yoon-suk-yeol", "democratic-party", "paralysing the government")]),
    ("Nicaraguan Vice President Rosario Murillo spoke on Tuesday. Murillo accused the opposition Civic Alliance of "
     "plotting a coup.", [("NIC", "civic-alliance", "plotting a coup")]),
    # a name the small parser stops at its particle goes on to the surname
    ("A Paris criminal court found Marine Le Pen guilty of embezzling funds.",
     [("paris-criminal-court", "marine-le-pen", "embezzling funds")]),
    # not a suit's reason: what its maker says is no wrong
    ("Amnesty International sued the Kenyan government, saying the case was important.", []),
    # who arrested, named by a "by" the parser hangs on the charge
    ("Maria Petrova was arrested on charges of treason by Belarusian authorities.",
     [("BLR", "maria-petrova", "on charges of treason")]),
    # a company or a platform that accuses or is accused is a side, whatever the parser's label,
    # first in its sentence or not; a title alone is nobody's name
    ("Facebook accused Cambridge Analytica of misusing the data of its users.",
     [("facebook", "cambridge-analytica", "misusing the data of its users")]),
    ("Twitter accused the Kenyan government of censorship.", [("twitter", "KEN", "censorship")]),
    ("Senator Mary Collins accused Twitter of spreading disinformation.",
     [("mary-collins", "twitter", "spreading disinformation")]),
    ("UN Secretary-General Antonio Guterres spoke on Monday. The Secretary-General accused Israel of violating "
     "international law.", [("un", "ISR", "violating international law")]),
    # "it" accused after a state named only as a place: that state, not the one who accuses
    ("Venezuela recalled its ambassador from Guyana, accusing it of provoking a border crisis.",
     [("VEN", "GUY", "provoking a border crisis")]),
    ("Israel struck targets in Syria on Sunday, accusing it of hosting Iranian forces.",
     [("ISR", "SYR", "hosting Iranian forces")]),
    # a judge ruling against the own government is the judge, as a court would be; sentencing, the state
    ("The United States has denied citizenship to people born in American Samoa. On Thursday, United States "
     "District Judge Clark Waddoups ruled that the government had violated the Fourteenth Amendment.",
     [("clark-waddoups", "USA", "had violated the Fourteenth Amendment")]),
    ("On Friday, United States Federal District Judge Michael Urbanski sentenced Ohio man James Fields to life in "
     "prison for driving his car into a crowd of people.",
     [("USA", "james-fields", "driving his car into a crowd of people")]),
    # a court named with its state's possessive charging that state's government
    ("Kenya's government shut down three television stations in January. Kenya's High Court ruled on Thursday "
     "that the government's decision was unlawful.", [("high-court", "KEN", "the government's decision was unlawful")]),
    ("Kenya's government shut down three television stations in January. The High Court ruled on Thursday that "
     "the government had acted unconstitutionally.", [("high-court", "KEN", "had acted unconstitutionally")]),
    # a name of three words the small parser splits in two; one a suit is aimed at
    ("Activist Amy Berman Jackson accused the Kenyan government of torture.",
     [("amy-berman-jackson", "KEN", "torture")]),
    ("The Justice Department sued Google for abusing its monopoly.", [("USA", "google", "abusing its monopoly")]),
    # "the House" alone, a chamber (not "the White House"); a party's members by its adjective
    ("US President Mark Bellamy spoke on Monday. The House impeached Bellamy for abuse of power.",
     [("house", "mark-bellamy", "abuse of power")]),
    ("The White House accused Iran of supporting terrorism.", [("USA", "IRN", "supporting terrorism")]),
    ("British Prime Minister David Crane spoke on Monday. Conservative MPs accused Crane of misleading Parliament.",
     [("conservative-mps", "david-crane", "misleading Parliament")]),
    ("British Prime Minister David Crane spoke on Monday. Conservative MPs accused Crane of misleading Parliament. "
     "The Conservatives later backed Crane.", [("conservatives", "david-crane", "misleading Parliament")]),
    # a label the tokenizer splits at its hyphen
    ("US President Mark Bellamy spoke on Monday. House Speaker Amina Wekesa called Bellamy's conduct a cover-up.",
     [("amina-wekesa", "mark-bellamy", "Bellamy's conduct a cover-up")]),
    # "the president", untitled, charged by a domestic side: the one head of state the article introduced
    ("US President Mark Bellamy declared an emergency on Friday. California sued Bellamy on Monday. On Thursday, "
     "U.S. District Judge Clark Waddoups ruled that the president had acted illegally by exceeding his authority.",
     [("clark-waddoups", "mark-bellamy", "had acted illegally by exceeding his authority")]),
    # a judge of the one court the article names speaks for it; a court charging the leader charges the person
    ("Kenya's Supreme Court on Friday removed President Daniel Kibet from office. Reading the verdict, Chief Justice "
     "Amina Wekesa said Kibet had violated the constitution.",
     [("supreme-court", "daniel-kibet", "had violated the constitution")]),
    # a family name written first and a hyphenated given name ("Yoon" of "Yoon Suk Yeol"); "he" as the
    # subject of a clause after a person is named in its sentence is that person; the parser's
    # organisation "National Assembly" is still a chamber
    ("South Korean President Yoon Suk Yeol spoke on Monday. The National Assembly voted to impeach Yoon, accusing "
     "him of insurrection, days after he accused the Democratic Party of paralysing the government.",
     [("national-assembly", "yoon-suk-yeol", "insurrection"),
      ("yoon-suk-yeol", "democratic-party", "paralysing the government")]),
    # ... but an object is never the subject that governs it: "led Mugabe to accuse her" is not Mugabe
    ("German Chancellor Angela Merkel criticized Zimbabwe's President Robert Mugabe's human rights record. This "
     "led Mr. Mugabe to accuse her of arrogance.",
     [("DEU", "ZWE", "Zimbabwe's President Robert Mugabe's human rights record"), ("ZWE", "DEU", "arrogance")]),
    # "the court" after the one court the article names, found by the parser
    ("Brazil's Supreme Court charged former President Jair Bolsonaro with plotting a coup to stay in power. "
     "Bolsonaro denied wrongdoing and accused the court of persecution.",
     [("supreme-court", "jair-bolsonaro", "plotting a coup to stay in power"),
      ("jair-bolsonaro", "supreme-court", "persecution")]),
    # "the party" after "the ruling X party": X
    ("Thousands protested in Tbilisi after the ruling Georgian Dream party declared victory. The opposition "
     "accused the party of rigging the election.", [("opposition", "georgian-dream", "rigging the election")]),
    # "the army" in an article that names one state, once: that state's
    ("Pakistan's former prime minister Imran Khan has accused the army of orchestrating his ouster.",
     [("imran-khan", "PAK", "orchestrating his ouster")]),
    # "the government of <president>" accusing a former president of the same state: the state charges the person
    ("Bolivian President Evo Morales resigned on Sunday. The government of interim President Jeanine Anez has "
     "accused Morales of terrorism.", [("BOL", "evo-morales", "terrorism")]),
    # "over what he feels is ...": the charge is what follows
    ("Amina Wekesa threatened to sue the Kenyan government over what she feels is a deliberate blocking of justice.",
     [("amina-wekesa", "KEN", "a deliberate blocking of justice")]),
]


@pytest.mark.parametrize(("text", "expected"), DOMESTIC_DISPUTES, ids=[c[0][:48] for c in DOMESTIC_DISPUTES])
def test_courts_suits_contempt_and_regions_in_domestic_disputes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


# Answers to another's act, and protests in other words: each names the doer of what is answered.
ANSWERS_AND_PROTESTS = [
    # a protest against another's act, with or without an envoy summoned
    ("The Philippines protested against China's use of water cannon on its supply vessels.",
     [("PHL", "CHN", "China's use of water cannon on its supply vessels")]),
    ("Tehran summoned the British ambassador to protest against the seizure of an Iranian tanker.",
     [("IRN", "GBR", "the seizure of an Iranian tanker")]),
    # an envoy told to leave is expelled; remarks called hostile are a wrong cited
    ("Mali's junta ordered the French ambassador to leave within 72 hours, citing hostile remarks by French officials.",
     [("MLI", "FRA", "hostile remarks by French officials")]),
    ("Mali's junta ordered the French ambassador to leave within 72 hours.", []),
    # retaliation and response name the doer of the act answered
    ("Russia expelled 10 Polish diplomats in retaliation for Warsaw's expulsion of Russian diplomats.",
     [("RUS", "POL", "Warsaw's expulsion of Russian diplomats")]),
    ("Israel struck targets in Gaza in response to rocket attacks by Hamas.",
     [("ISR", "hamas", "rocket attacks by Hamas")]),
    ("Israel's prime minister vowed to retaliate after Hezbollah fired rockets into the Golan Heights.",
     [("ISR", "hezbollah", "Hezbollah fired rockets into the Golan Heights")]),
    ("The minister spoke in response to a question from Reuters.", []),
    # an answer inside a charge is the accused's, part of what it is charged with
    ("Lithuania accused Minsk of orchestrating the influx of migrants in revenge for EU sanctions.",
     [("LTU", "BLR", "orchestrating the influx of migrants in revenge for EU sanctions")]),
    # "both sides" with no sides in its sentence: the two a fight "between" names just before
    ("Fighting between Sudan's army and the Rapid Support Forces has killed thousands. The United Nations has "
     "accused both sides of war crimes.",
     [("un", "SDN", "war crimes"), ("un", "rsf", "war crimes")]),
    # a complaint filed with a forum "against" a state, the "with" hung on the verb
    ("Lebanon filed a complaint with the UN Security Council against Israel over its repeated violations of "
     "Lebanese airspace.", [("LBN", "ISR", "its repeated violations of Lebanese airspace")]),
    # the verb's "for" hung on the last noun of its object
    ("Russia blamed members of the Ukrainian special services for the attack.", [("RUS", "UKR", "the attack")]),
    # being critical of someone criticises them, for what follows, else for what is named
    ("France has been highly critical of Mali's junta for expelling UN peacekeepers.",
     [("FRA", "MLI", "expelling UN peacekeepers")]),
    ("In the document, the US general was critical of NATO forces, saying that they are poorly configured to "
     "fight an insurgency.", [("USA", "nato", "they are poorly configured to fight an insurgency")]),
    ("Zambia's delegate was critical of South Africa.", [("ZMB", "ZAF", "South Africa")]),
    ("Critical infrastructure was damaged in the storm, officials said.", []),
    # blaming someone with no "for" blames them for the wrong just told; "set fire to" is a wrong
    ("Police in Dhaka said protesters had set fire to buses, but the protesters blamed ruling party activists.",
     [("BGD", "protesters", "had set fire to buses"), ("protesters", "activists", "had set fire to buses")]),
    # a refusal cited is a wrong cited
    ("Kenya cited Somalia's refusal to hand over the suspects.",
     [("KEN", "SOM", "Somalia's refusal to hand over the suspects")]),
    # a government word "in" a state, its adjective naming no one: that state
    ("Ghana's president said the military junta in Burkina Faso had hired Russian mercenaries.",
     [("GHA", "BFA", "had hired Russian mercenaries")]),
]


@pytest.mark.parametrize(("text", "expected"), ANSWERS_AND_PROTESTS, ids=[c[0][:48] for c in ANSWERS_AND_PROTESTS])
def test_answering_or_protesting_an_act_accuses_its_doer(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_a_junta_ruling_a_state_is_that_state_and_an_event_before_is_no_one_s_operation() -> None:
    text = ("The island has been divided since 1974, when Turkey invaded following a coup backed by the military "
            "junta then ruling Greece.")
    assert ties(text) == []
    assert mediators("The secretary-general of the Organization of American States travelled to both capitals "
                     "to mediate.") == ["oas"]


def test_a_sayer_is_no_giver_of_what_it_says_others_give_unless_it_says_it_gives() -> None:
    assert ties("Beijing said the sale of weapons to Taiwan seriously violated the one-China principle.") == []
    assert ties("Russia said it would supply weapons to Iran.") == [{"RUS", "IRN"}]


def test_a_subject_the_parser_hangs_on_the_auxiliary_is_the_verb_s() -> None:
    # the small parser makes "Iran" the subject of "had"; the pipeline hangs it on "armed"
    assert accusations("Israel said Iran had armed Hezbollah.") == [("ISR", "IRN", "had armed Hezbollah")]


def test_the_sides_after_a_fronted_phrase_are_the_verb_s_subject_not_more_go_betweens() -> None:
    # the small parser reads the names after the comma as more names of "the African Union"
    assert mediators("Under a deal mediated by the African Union, Ethiopia and Tigrayan forces agreed "
                     "to disarm.") == ["african-union"]
    assert mediators("After mediation by Qatar, Rwanda and Congo signed a deal.") == ["QAT"]
    doc = parse("Following talks in Doha, Israel and Hamas agreed to a truce.")
    assert [t.text for t in doc if t.dep_ == "nsubj" and t.head.text == "agreed"] == ["Israel"]


def test_an_adjective_before_a_named_force_describes_it_and_is_no_second_doer() -> None:
    # the small parser makes "paramilitary" (with "Sudan's") a subject beside "Forces"
    assert accusations("Activists said Sudan's paramilitary Rapid Support Forces shelled a displacement "
                       "camp.") == [("activists", "rsf", "shelled a displacement camp")]


def test_bringing_sides_together_mediates_and_ties_no_one() -> None:
    assert mediators("The African Union has been trying to bring the two sides together.") == ["african-union"]
    text = "Qatar brought the Taliban and the United States together in Doha."
    assert mediators(text) == ["QAT"]
    assert ties(text) == []
    assert mediators("The war brought the two countries together.") == []


# Who is meant, read across clauses and sentences: constructed after the dev wire sets af and ag.
WHO_IS_MEANT = [
    # "it" after a clause set off by a colon is that clause's subject
    ("Al-Shabaab said it had carried out the bombing. Nairobi went further: it accused Mogadishu of sheltering "
     "the group.", [("KEN", "SOM", "sheltering the group")]),
    # an act a sayer reports is not the sayer's: "a market that residents say was hit by ..."
    ("Sudan's army has admitted carrying out an air strike on a market that residents say killed 40 people. The RSF "
     "called the attack a massacre.", [("rsf", "SDN", "the attack a massacre")]),
    # "the armed forces" after "<state>'s military", with another state named between
    ("Ethiopia's military denied the report. Russia sells it helicopters. The UN accused the armed forces of "
     "ignoring their duty to protect civilians.", [("un", "ETH", "ignoring their duty to protect civilians")]),
    # a bare "governments" names no state
    ("Amnesty International urged governments to stop supplying the junta with jet fuel.", []),
    # concern "by" an act done against someone; a disappointment at a decision is no charge
    ("Japan said it was seriously concerned by China's repeated use of water cannon against Philippine ships.",
     [("JPN", "CHN", "China's repeated use of water cannon against Philippine ships")]),
    ("The United States was disappointed by the Iraqi parliament's decision.", []),
    # an act called unsafe is called a wrong
    ("The United States called China's actions unsafe and dangerous.",
     [("USA", "CHN", "China's actions unsafe and dangerous")]),
    # a wrong that "will not go unanswered" is told, not denied; an attack that "did not happen" is denied
    ("The Houthi spokesman warned that the American-British aggression would not go unanswered.",
     [("houthis", "GBR", "the American-British aggression would not go unanswered"),
      ("houthis", "USA", "the American-British aggression would not go unanswered")]),
    ("Russia said the Ukrainian attack did not happen.", []),
    # "the authorities" are the home state's, not the last state that spoke
    ("Thai police arrested a student activist on Monday in Thailand. The British embassy in Bangkok said it was "
     "following the case. The UN human rights office accused the authorities of silencing critics.",
     [("un-human-rights-office", "THA", "silencing critics")]),  # (a UN body by its own name)
]


@pytest.mark.parametrize(("text", "expected"), WHO_IS_MEANT, ids=[c[0][:48] for c in WHO_IS_MEANT])
def test_who_a_pronoun_an_office_or_an_act_stands_for(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_a_police_spokesman_speaks_for_the_state_and_a_leader_for_the_platform_he_leads() -> None:
    text = ("KAMPALA - Opposition leader Kizza Besigye rejected the results that gave President Okello a new term, "
            "accusing the government of rigging the vote. Besigye's People Power Platform (PPP) said its agents "
            "had been beaten. Police spokesman Patrick Onyango accused PPP supporters of planning riots in Uganda.")
    assert pairs(text) == [("people-power-platform", "UGA"), ("UGA", "people-power-platform")]


def test_a_mediation_pursued_through_someone_has_them_mediate_too() -> None:
    assert mediators("ECOWAS is pursuing a separate mediation through Gambian President Yahya Jammeh.") == [
        "GMB", "ecowas"]


def test_a_relative_who_shares_a_surname_is_a_person_of_their_own() -> None:
    text = ("Mahsa Amini died in custody on Friday. Her father, Amjad Amini, has accused the authorities of lying "
            "about her death in Iran's capital, Iran said.")
    assert pairs(text) == [("amjad-amini", "IRN")]


def test_clinging_to_power_and_trampling_on_votes_are_wrongs() -> None:
    assert accusations("Romania's opposition said the judges had trampled on the votes of nine million Romanians.") == [
        ("opposition", "ROU", "had trampled on the votes of nine million Romanians")]
    assert pairs("Senegal's opposition said President Sall was trying to cling to power.") == [("opposition", "sall")]


def test_a_demand_to_release_people_charges_the_one_holding_them_and_to_release_results_does_not() -> None:
    assert pairs("France called on Mali to release the French nationals.") == [("FRA", "MLI")]
    assert pairs("Brazil pressed Venezuela's electoral council to release the full results.") == []


def test_a_call_on_both_sides_charges_neither() -> None:
    text = ("The ceasefire between Israel and Hezbollah took effect on Wednesday. Washington says it will keep "
            "pressing both sides to respect it.")
    assert accusations(text) == []


def test_the_platform_is_the_platform_named_before() -> None:
    text = ("The opposition Unitary Platform says its tally sheets show that its candidate won. The platform called "
            "the warrant a new act of persecution by the government of Venezuela.")
    assert pairs(text) == [("unitary-platform", "VEN")]


MEASURES_AND_OBJECTIONS = [
    # a relative clause or an apposition that criticises what a clause before it describes:
    # who did that is charged with it
    ("Malaysia and Indonesia have maintained a policy of turning away boats of migrants, which the United Nations "
     "and the United States have both criticised.",
     [("un", "MYS", "a policy of turning away boats of migrants"), ("un", "IDN", "a policy of turning away boats of "
      "migrants"), ("USA", "MYS", "a policy of turning away boats of migrants"),
      ("USA", "IDN", "a policy of turning away boats of migrants")]),
    ("Thailand has continued to deport Uyghur refugees, a practice that Human Rights Watch has condemned.",
     [("human-rights-watch", "THA", "deport Uyghur refugees")]),
    # objecting to another's act
    ("Germany objected to Russia's deployment of missiles in Kaliningrad.",
     [("DEU", "RUS", "Russia's deployment of missiles in Kaliningrad")]),
    ("A State Department spokesman said the United States objected to Israeli evictions of Palestinian families in "
     "East Jerusalem.", [("USA", "ISR", "Israeli evictions of Palestinian families in East Jerusalem")]),
    ("Washington objected to the plan.", []),
    # ties cut with someone over a wrong; "its" in what they are cut over is theirs
    ("Morocco cut diplomatic ties with Iran over its alleged support for the Polisario Front.",
     [("MAR", "IRN", "its alleged support for the Polisario Front")]),
    ("Bolivia broke off relations with Israel over its military offensive in Gaza.",
     [("BOL", "ISR", "its military offensive in Gaza")]),
    ("Colombia suspended diplomatic relations with Venezuela over the weekend.", []),
    # amends asked of someone
    ("China demanded an apology from Japan for the collision near the disputed islands.",
     [("CHN", "JPN", "the collision near the disputed islands")]),
    ("Japan received an apology from China for the incident.", []),
    # criticism one comes under, its "for" hung on the criticism
    ("Israel came under criticism from the European Union for the expansion of settlements.",
     [("eu", "ISR", "the expansion of settlements")]),
    # a participle on the accused
    ("The Houthis, accused by Saudi Arabia of firing missiles at Riyadh, denied any role.",
     [("SAU", "houthis", "firing missiles at Riyadh")]),
]


@pytest.mark.parametrize(("text", "expected"), MEASURES_AND_OBJECTIONS, ids=[c[0][:48] for c in MEASURES_AND_OBJECTIONS])
def test_measures_objections_and_criticism_of_what_a_clause_describes(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_its_in_what_an_act_is_done_over_is_the_one_it_is_done_to() -> None:
    assert ties("Morocco cut diplomatic ties with Iran over its alleged support for the Polisario Front.") == [
        {"IRN", "polisario-front"}]
    assert ties("Ethiopia threatened Egypt with retaliation over its support for rebels.") == [{"EGY", "rebels"}]


def test_a_given_name_that_is_a_state_s_name_names_no_state() -> None:
    assert pairs("Jordan Bardella, the party's president, accused the French judges of stealing the "
                 "election.") == [("jordan-bardella", "FRA")]
    assert pairs("Jordan's King Abdullah accused Israel of violating the ceasefire.") == [("JOR", "ISR")]


def test_a_known_leader_is_named_by_the_name_before_a_particle_and_a_comma_ends_a_language_word() -> None:
    text = ("Brazilian President Luiz Inácio Lula da Silva met reporters. Lula, speaking in an interview with TV "
            "Globo, accused US President Donald Trump of interfering in Brazil's internal affairs.")
    assert accusations(text) == [("BRA", "USA", "interfering in Brazil's internal affairs")]


def test_a_leader_of_a_party_named_after_a_comma_speaks_for_it() -> None:
    assert pairs("Opposition leader Yair Lapid, of the centrist Yesh Atid party, accused the Israeli government of "
                 "an assault on democracy.") == [("yesh-atid", "ISR")]


def test_a_one_word_name_the_parser_tags_a_person_that_accuses_is_a_side() -> None:
    assert pairs("The Philippine government has targeted Rappler. In a statement, Rappler accused the government of "
                 "turning the law into a weapon against journalists.") == [("rappler", "PHL")]


def test_a_name_joined_by_and_is_one_name_not_an_authority_of_its_last_words() -> None:
    assert sorted(read("In 2018 the Philippine Securities and Exchange Commission revoked the licence of "
                       "Rappler.").inventory.actors) == ["PHL"]


def test_the_verdict_is_the_court_s_and_a_party_leader_penalised_is_the_person() -> None:
    text = ("Brazil's Supreme Federal Court on Thursday convicted former president Jair Bolsonaro of plotting a coup. "
            "Bolsonaro denies wrongdoing. His Liberal Party (PL) denounced the verdict as \"political persecution\".")
    assert accusations(text) == [("supreme-federal-court", "jair-bolsonaro", "plotting a coup"),
                                 ("liberal-party", "supreme-federal-court", "political persecution")]
    text = ("Pakistan's army chief met Imran Khan. His Pakistan Tehreek-e-Insaf (PTI) party accused the army of "
            "rigging the vote. A Pakistani court sentenced Khan to three years in prison for corruption.")
    assert pairs(text) == [("pakistan-tehreek-e-insaf", "PAK"), ("PAK", "imran-khan")]


def test_a_date_is_no_allegation() -> None:
    text = ("Brazilian prosecutors accused former president Jair Bolsonaro of plotting a coup. The Federal Police had "
            "indicted Bolsonaro in November last year.")
    assert accusations(text) == [("BRA", "jair-bolsonaro", "plotting a coup")]


def test_a_claim_the_other_side_rejects_is_still_its_maker_s() -> None:
    text = ("The PTI has also alleged that the United States conspired with Khan's opponents to bring down his "
            "government last year, a claim Washington has repeatedly rejected.")
    assert accusations(text) == [("pti", "USA", "conspired with Khan's opponents to bring down his government last "
                                  "year")]


def test_planning_the_attacks_is_a_charge_and_the_party_leadership_is_the_party_not_the_agency() -> None:
    assert pairs("Israel's military said Hamas had planned the attacks.") == [("ISR", "hamas")]
    text = ("Imran Khan's Pakistan Tehreek-e-Insaf (PTI) party protested in Pakistan. Pakistan's military said the "
            "attacks had been carefully planned by the PTI leadership.")
    assert pairs(text) == [("PAK", "pakistan-tehreek-e-insaf")]


def test_the_company_is_the_platform_named_before() -> None:
    text = ("Uganda's government ordered internet providers to block social media after Facebook removed a network "
            "of accounts linked to the Ministry of Information. President Yoweri Museveni accused the company of "
            "arrogance and of taking sides against his National Resistance Movement.")
    assert pairs(text) == [("UGA", "facebook"), ("UGA", "facebook")]  # two charges, one item each


def test_a_leader_named_after_a_party_s_president_speaks_for_it_and_denounces_the_court_s_verdict() -> None:
    text = ("A Paris court found Marine Le Pen, the leader of France's far-right National Rally (RN), guilty of "
            "embezzling funds. Jordan Bardella, the party's president, denounced the verdict as an attack on democracy.")
    assert accusations(text) == [("FRA", "marine-le-pen", "embezzling funds"),
                                 ("national-rally", "FRA", "an attack on democracy")]


def test_an_officer_of_a_leader_s_party_speaks_for_the_party() -> None:
    text = ("Kenyan President Uhuru Kenyatta won. Raphael Tuju, secretary general of Kenyatta's Jubilee Party, accused "
            "the opposition of inciting violence.")
    assert pairs(text) == [("jubilee-party", "opposition")]


def test_a_name_before_a_foreign_acronym_or_after_pro_is_the_party_s() -> None:
    text = "Selahattin Demirtas led the pro-Kurdish Peoples' Democratic Party (HDP). The HDP rejected the charge."
    assert "peoples-democratic-party" in read(text).inventory.actors


def test_a_coalition_that_brings_parties_together_ties_them_and_mediates_nothing() -> None:
    text = ("The opposition National Super Alliance (NASA) filed the petition. NASA brings together Odinga's Orange "
            "Democratic Movement (ODM) and the Wiper Democratic Movement, along with several smaller parties.")
    assert ties(text) == [{"orange-democratic-movement", "wiper-democratic-movement"}]
    assert mediators(text) == []
    assert ties("The ruling coalition comprises the Pakistan Muslim League-Nawaz, the Pakistan Peoples Party and "
                "several smaller parties.") == [{"pakistan-muslim-league", "pakistan-peoples-party"}]


def test_who_helped_do_the_wrong_is_charged_and_a_leader_named_for_one_pair_is_not_for_the_next() -> None:
    text = "Venezuelan President Nicolas Maduro accused the opposition of preparing a coup with the help of Washington."
    assert pairs(text) == [("nicolas-maduro", "opposition"), ("VEN", "USA")]


def test_a_group_a_relative_clause_labels_is_charged() -> None:
    text = "The PKK, which Turkey and the United States have designated a terrorist group, denied the attack."
    assert pairs(text) == [("TUR", "pkk"), ("USA", "pkk")]


def test_acting_as_guarantors_of_talks_mediates_and_protects_no_one() -> None:
    text = ("The negotiations have been held in Venezuela and Cuba, with Norway, Cuba, Brazil and Mexico acting as "
            "guarantor countries.")
    assert mediators(text) == ["BRA", "CUB", "MEX", "NOR"]
    assert ties(text) == []
    text = "Norway and Cuba act as guarantors of the talks between the government and the ELN."
    assert mediators(text) == ["CUB", "NOR"]
    assert ties(text) == []


TIES_IN_CLAUSES = [
    ("Hezbollah, which is armed and funded by Iran, began firing rockets at northern Israel.", [{"IRN", "hezbollah"}]),
    ("Eritrea, whose troops have fought alongside the Ethiopian army in Tigray, did not take part in the talks.",
     [{"ERI", "ETH"}]),
    ("Russia claimed that British navy specialists had helped Ukraine prepare the attack.", [{"GBR", "UKR"}]),
    ("The talks were the third round between the junta and the Three Brotherhood Alliance, which groups the Myanmar "
     "National Democratic Alliance Army (MNDAA), the Ta'ang National Liberation Army (TNLA) and the Arakan Army.",
     [{"myanmar-national-democratic-alliance-army", "taang-national-liberation-army", "arakan-army"}]),
    ("Egypt, Eritrea and Somalia pledged to coordinate on regional security.", [{"EGY", "ERI", "SOM"}]),
]


@pytest.mark.parametrize(("text", "expected"), TIES_IN_CLAUSES, ids=[c[0][:48] for c in TIES_IN_CLAUSES])
def test_ties_told_in_relative_clauses_lists_and_pledges(text: str, expected: list[set[str]]) -> None:
    assert ties(text) == expected


def test_a_body_s_spokesman_speaks_for_its_state_though_the_parser_tags_his_name_an_organisation() -> None:
    assert pairs("Congolese army spokesman General Sylvain Ekenge said the rebels had attacked villages in South "
                 "Kivu.") == [("COD", "rebels")]


def test_an_agreement_named_after_its_city_is_not_that_state_s() -> None:
    assert pairs("The Islamist militant group al-Shabaab denounced the Ankara agreement as a plot by foreign "
                 "powers.") == []
    assert pairs("Iran condemned the US-Israeli agreement as a plot.") == [("IRN", "ISR"), ("IRN", "USA")]


def test_a_charge_also_made_by_others_is_theirs_too_and_makes_no_bloc() -> None:
    text = ("Armenian Prime Minister Nikol Pashinyan has accused Ankara of sending Syrian mercenaries to fight for "
            "Azerbaijan, a charge also made by France and Russia.")
    assert pairs(text) == [("ARM", "TUR"), ("FRA", "TUR"), ("RUS", "TUR")]
    assert {"FRA", "RUS"} not in ties(text)


def test_what_it_called_another_s_act_after_a_preposition_charges_its_owner() -> None:
    assert accusations("Iran's foreign ministry welcomed the end of what it called Israel's aggression against "
                       "Lebanon.") == [("IRN", "ISR", "Israel's aggression against Lebanon")]


def test_a_state_s_militias_are_the_state_s_not_the_militia_named_before() -> None:
    text = "\"Iran's militias kill Syrians every day,\" said a Free Syrian Army commander."
    assert pairs(text) == [("free-syrian-army", "IRN")]
    assert pairs("Brazilian President Jair Bolsonaro wants the Amazon opened up, and his critics, which include "
                 "Greenpeace, blame him for encouraging farmers to set fires.") == [("greenpeace", "BRA")]  # (not his)


def test_a_regions_director_at_a_group_speaks_for_it_and_the_americas_are_no_state() -> None:
    text = ("Juanita Goebertus, Americas director at Human Rights Watch, accused both the ELN and the 33rd Front of "
            "subjecting residents to killings.")
    assert pairs(text) == [("human-rights-watch", "eln"), ("human-rights-watch", "33rd-front")]


def test_a_numbered_unit_a_state_owns_is_the_state_s() -> None:
    assert pairs("Colombia's 2nd Division said the 33rd Front had attacked a base.") == [("COL", "33rd-front")]


def test_the_junta_named_long_after_another_state_s_is_the_one_the_lead_named() -> None:
    text = ("Mali's junta said on Monday that Ukraine had backed the separatist rebels who ambushed its troops. "
            "Russia's Wagner Group fights for the junta. Ukraine denied the charge. Relations have been poor for "
            "months. Colonel Amadou Abdramane, a spokesman for the Nigerien junta, accused Ukraine of supporting "
            "terrorist groups. Niger broke off relations with Kyiv. Algeria has mediated in the north before. "
            "In January the junta accused Algiers of hostile acts.")
    assert ("MLI", "DZA") in pairs(text)


def test_accusing_the_emirate_of_a_wrong_charges_the_state_just_named() -> None:
    text = ("Saudi Arabia, the United Arab Emirates, Bahrain and Egypt cut diplomatic relations with Qatar on Monday, "
            "accusing the gas-rich emirate of supporting terrorism.")
    assert pairs(text) == [("SAU", "QAT"), ("ARE", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")]
    assert pairs("Saudi Arabia cut diplomatic relations with Qatar, accusing the emirate of supporting terrorism.") == [
        ("SAU", "QAT")]


def test_brussels_is_the_union_where_the_article_names_it_and_a_company_named_beside_the_accused_is_a_side() -> None:
    assert sorted(read("The EU launched a case against China. He urged Brussels to distinguish right from "
                       "wrong.").inventory.actors) == ["CHN", "eu"]
    assert sorted(read("Belgian police arrested the suspect in Brussels.").inventory.actors) == ["BEL"]
    assert pairs("Venezuelan President Nicolas Maduro blamed the US oil company ExxonMobil, which leads a consortium "
                 "off Guyana's coast, for stoking the conflict.") == [("VEN", "exxonmobil")]


def test_the_rights_group_is_the_organisation_named_before_and_an_untitled_minister_the_only_state_s() -> None:
    text = ("Human Rights Watch published a report on Cameroon. In February the communication minister, René Emmanuel "
            "Sadi, accused the rights group of publishing biased information.")
    assert pairs(text) == [("CMR", "human-rights-watch")]


def test_the_party_s_president_named_far_from_the_one_party_speaks_for_it() -> None:
    text = ("A Paris court found Marine Le Pen, the leader of France's far-right National Rally (RN), guilty of "
            "embezzling funds. She was barred from office for five years. The ruling keeps her out of the 2027 "
            "election. Her lawyers will appeal. Judges said the scheme ran for twelve years. Jordan Bardella, the "
            "party's president, accused the judges of stealing the election.")
    assert ("national-rally", "FRA") in pairs(text)  # the judges of the one court named (the state's)


def test_a_name_the_parser_tags_an_organisation_twice_is_one_unless_it_is_another_s_organ() -> None:
    # no head word says what "the Board of Deputies" is; tagged at two places, it is a body
    reading = read("Members of the Board of Deputies met in London on Monday. A new group has challenged the "
                   "Board of Deputies over its support for the war.")
    assert ("Board of Deputies", "other") in {(a.name, a.kind) for a in reading.inventory.actors.values()}
    # "the General Assembly", named first as the United Nations', stays the UN's organ
    reading = read("The United Nations General Assembly endorsed the report. Ali Treki, the General Assembly "
                   "president, called the vote important. Diplomats said the General Assembly would return to it.")
    assert "General Assembly" not in {a.name for a in reading.inventory.actors.values()}


def test_an_and_inside_a_party_s_name_is_part_of_it_not_one_joining_two_sides() -> None:
    assert pairs("The Justice and Development Party accused the opposition of treason.") == [
        ("justice-and-development-party", "opposition")]
    reading = read("Leaders of the Bread and Roses Coalition marched on Monday.")
    assert "Bread and Roses Coalition" in {a.name for a in reading.inventory.actors.values()}
    # a state, or a person's surname, before "and" is a side of its own
    reading = read("Russia and Wagner Group fighters attacked the town, Ukraine said.")
    assert {"Russia", "Wagner Group"} <= {a.name for a in reading.inventory.actors.values()}
    reading = read("Captain Christopher Air and Lieutenant Felix Carman spoke. Carman and Air thanked the staff.")
    assert "Carman and Air" not in {a.name for a in reading.inventory.actors.values()}


def test_an_election_commission_is_its_state_s_body_and_a_party_is_named_without_party_too() -> None:
    text = ("Thailand's Constitutional Court on Wednesday dissolved the opposition Move Forward Party. The case was "
            "brought by the Election Commission, which accused the party of seeking to undermine the monarchy. "
            "Thai media said the ruling would stand. The original complaint was lodged by Teerayut Suwankesorn, a "
            "lawyer, who has accused Move Forward of trying to overthrow the system of government.")
    reading = read(text)
    assert "Election Commission" not in {a.name for a in reading.inventory.actors.values()}
    assert pairs(text) == [("THA", "move-forward-party"), ("teerayut-suwankesorn", "move-forward-party")]


def test_an_organisation_s_name_without_its_leader_s_possessive_an_office_and_a_name_cut_before_and() -> None:
    names = lambda text: {a.name for a in read(text).inventory.actors.values()}  # noqa: E731
    assert "Party of Regions" in names("Yanukovych's Party of Regions, which holds a majority in parliament, "
                                       "accused the former prime minister of abuse of office.")
    # a name's own possessive stays: "the People's Defence Forces" is no "Defence Forces" of "People"
    assert "People's Defence Forces" in names("Myanmar's junta accused the People's Defence Forces of "
                                              "attacking a police station.")
    assert not any("Minister" in n for n in names("On Thursday, Nigeria's Minister of Information and Culture, "
                                                  "Lai Mohammed, said the government would seek sanctions."))
    assert names("The PSD's junior coalition partner, the Alliance of Liberals and Democrats (ALDE), has backed "
                 "the ordinance.") == {"Alliance of Liberals and Democrats", "PSD"}  # (whose partner: a party too)


def test_the_party_s_founder_speaks_for_the_party_the_sentence_before_is_about() -> None:
    text = ("The opposition accused the ruling Georgian Dream party of stealing the election. Georgian Dream has long "
            "been accused of steering the country back towards Russia. The party's founder, the billionaire Bidzina "
            "Ivanishvili, accused the Labour Party of preparing a revolution paid for from abroad.")
    assert ("georgian-dream", "labour-party") in pairs(text)


def test_a_national_or_united_movement_is_a_party_a_liberation_movement_may_fight() -> None:
    kinds = lambda text: {a.name: a.kind for a in read(text).inventory.actors.values()}  # noqa: E731
    assert kinds("The United National Movement refused to take its seats in parliament.")[
        "United National Movement"] == "political_group"
    assert kinds("The National Movement for the Liberation of Azawad seized the town.")[
        "National Movement for the Liberation of Azawad"] == "armed_group"


def test_a_party_named_before_party_is_a_party_and_its_ideology_is_no_part_of_its_name() -> None:
    text = ("Pedro Castillo, a schoolteacher running for the Marxist-Leninist Free Peru party, led the count. "
            "Fujimori's Popular Force party said Free Peru's table officials had forged signatures on tally sheets.")
    kinds = {a.name: a.kind for a in read(text).inventory.actors.values()}
    assert kinds["Free Peru"] == kinds["Popular Force"] == "political_group"
    assert pairs(text) == [("popular-force", "free-peru")]


def test_the_kingdom_is_the_monarchy_named_before_not_the_republic_named_last() -> None:
    assert pairs("Saudi Arabia expelled Canada's ambassador. Human Rights Watch said the kingdom was trying to "
                 "intimidate critics abroad into silence.") == [("human-rights-watch", "SAU")]
    assert pairs("Qatar rejected the demands. Saudi Arabia accused the emirate of funding terrorism.") == [
        ("SAU", "QAT")]


def test_a_council_of_churches_is_no_party_and_mediates_with_its_acronym_before_acting() -> None:
    reading = read("Talks resumed in Rustenburg, with the South African Council of Churches (SACC) acting as "
                   "mediator between the government and the rebels.")
    assert mediators(reading) == ["south-african-council-of-churches"]
    assert reading.inventory.kind_of("south-african-council-of-churches") == "other"


def test_talks_led_by_one_and_hosted_by_another_have_two_go_betweens() -> None:
    assert mediators("Ethiopia and the TPLF opened peace talks in Pretoria. The talks are being led by the African "
                     "Union, whose envoy chairs the sessions, and are hosted by the South African government.") == [
        "ZAF", "african-union"]


HELD_BACK = [
    "The European Union stopped short of accusing Belarus of falsifying the vote.",
    "Washington has refrained from accusing Beijing of spying.",
    "The European Union did not go as far as accusing Belarus of falsifying the vote.",
    "Kyiv declined to blame Moscow for the blast.",
]


@pytest.mark.parametrize("text", HELD_BACK)
def test_an_accusation_held_back_is_none(text: str) -> None:
    assert pairs(text) == []


def test_a_participle_after_a_negated_clause_still_accuses() -> None:
    assert accusations("The European Union said on Wednesday it would not recognise the result, accusing Belarus "
                       "of falsifying the vote.") == [("eu", "BLR", "falsifying the vote")]


def test_a_civil_body_named_right_after_what_it_is_and_its_cause() -> None:
    assert pairs("Inside Belarus, the human rights centre Viasna said hundreds of detainees had been beaten and "
                 "tortured by riot police at the Okrestina detention centre in Minsk.") == [("viasna", "BLR")]
    # a centre with no cause is a place: "the detention centre Okrestina" names no one
    reading = read("Protesters were held at the detention centre Okrestina in Minsk, Belarus.")
    assert "Okrestina" not in {a.name for a in reading.inventory.actors.values()}


def test_a_national_bar_is_the_lawyers_body_not_its_state() -> None:
    assert pairs("Malaysia's Home Ministry suspended two newspapers. The Malaysian Bar, which represents the "
                 "country's 16,000 lawyers, said the ministry had abused its powers.") == [("malaysian-bar", "MYS")]


def test_a_company_called_one_beside_its_name_is_no_organ_of_the_state_in_its_name() -> None:
    text = ("In October, the Supreme Court of Korea ordered Nippon Steel, Japan's largest steelmaker, to pay "
            "compensation to four Korean men.")
    names = {a.name: a.kind for a in read(text).inventory.actors.values()}
    assert names.get("Nippon Steel") == "other"


def test_the_charge_after_a_name_with_for_in_it_is_the_charge_not_the_rest_of_the_name() -> None:
    # the parser hangs "for Democratic Change" on the verb: it is the name's, "of violence" the charge's
    text = "Zimbabwe held elections. The ruling Zanu-PF party accused the Movement for Democratic Change of violence."
    assert accusations(text) == [("zanu-pf", "movement-for-democratic-change", "violence")]


def test_a_movement_for_a_civic_cause_is_a_party_and_one_for_liberation_an_armed_group() -> None:
    kinds = {a.name: a.kind for a in read("The Movement for Democratic Change won the vote in Zimbabwe. The "
                                          "Movement for the Liberation of Angola accused UNITA of attacking Luanda."
                                          ).inventory.actors.values()}
    assert kinds.get("Movement for Democratic Change") == "political_group"
    assert kinds.get("Movement for the Liberation of Angola") == "armed_group"


def test_funding_given_to_fighters_or_for_regime_change_is_a_wrong() -> None:
    assert pairs("Ethiopia voiced anger at Eritrea's funding for the rebels.") == [("ETH", "ERI")]
    text = ('Zimbabwe held elections. "The U.S. has provided $70 million to the MDC for regime change," '
            "Zimbabwean President Robert Mugabe said.")
    assert pairs(text) == [("ZWE", "USA")]
    # aid for a peaceful aim is no wrong
    assert pairs("Ukraine's President said the US had provided $70 million to Kyiv for reconstruction.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The charity Oxfam accused Saudi Arabia of blocking aid to Yemen.", ("oxfam", "SAU", "blocking aid to Yemen")),
    ("The watchdog Transparency International accused Hungary of corruption.",
     ("transparency-international", "HUN", "corruption")),
])
def test_a_name_after_a_word_for_what_it_is_accuses_though_the_parser_gives_the_verb_two_subjects(text, expected) -> None:
    assert accusations(text) == [expected]


def test_an_office_named_by_the_city_it_sits_in_is_that_states_unless_its_owner_is_named() -> None:
    assert pairs("A court in Moscow convicted Evan Gershkovich of espionage.") == [("RUS", "evan-gershkovich")]
    assert pairs("Officials in Beijing accused Manila of provocations.") == [("CHN", "PHL")]
    # the seat of an international court, and officials whose owner is named, are no state's
    assert pairs("The court in The Hague found that Serbia had failed to prevent genocide.") == []
    assert pairs("NATO officials in Brussels accused Russia of provocations.") == [("nato", "RUS")]


def test_a_states_senate_or_legislature_in_lower_case_speaks_for_it() -> None:
    assert pairs("The Philippine senate accused China of sending spies disguised as students.") == [("PHL", "CHN")]
    assert pairs("Kenya's legislature accused Uganda of sending spies.") == [("KEN", "UGA")]


def test_an_unnamed_electoral_commission_is_the_state_not_the_side_named_before_it() -> None:
    assert accusations("Ghana held elections on Saturday. The opposition said the electoral commission had rigged "
                       "the count.") == [("opposition", "GHA", "had rigged the count")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senegal postponed its election. Opposition candidates said President Macky Sall was trying to cling to "
     "power.", ("opposition", "macky-sall")),
    ("Pakistan held elections. PTI supporters accused the army of rigging the vote.", ("pti", "PAK")),
])
def test_a_partys_people_named_by_its_word_speak_for_the_party(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_claim_rejected_after_a_comma_is_no_part_of_the_allegation() -> None:
    assert accusations("Armenia said Azerbaijani troops had opened fire on its positions, a claim Baku rejected.") == [
        ("ARM", "AZE", "had opened fire on its positions")]


def test_a_mediating_verb_the_parser_reads_as_an_adjective_keeps_its_subject_as_mediator() -> None:
    assert mediators("The Catholic Church mediated talks between the government of Nicaragua and the "
                     "opposition.") == ["catholic-church"]


def test_a_name_the_parser_misses_before_party_is_a_party_and_the_countrys_own_party_no_tie() -> None:
    reading = read("Hungary's ruling Fidesz party accused the opposition of treason.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("fidesz", "opposition")]
    assert reading.inventory.actors["fidesz"].kind == "political_group"
    assert reading.ties == []  # the country's party, not a leader's: no tie of Hungary and Fidesz


def test_a_leaders_party_named_in_passing_leaves_the_sentences_own_tie() -> None:
    reading = read("A Paris court barred Marine Le Pen, the leader of France's far-right National Rally (RN), from "
                   "office. Hungary's Prime Minister Viktor Orbán, whose Fidesz party sits with the RN in the "
                   "European Parliament, posted a message of support for Le Pen.")
    assert ("HUN", "FRA") in {t.members for t in reading.ties}


def test_a_label_given_to_a_name_the_parser_reads_as_a_second_predicate() -> None:
    assert accusations("Venezuelan President Nicolas Maduro called opposition leader Juan Guaido a traitor.") == [
        ("nicolas-maduro", "juan-guaido", "a traitor")]


def test_an_office_with_no_state_is_not_of_the_only_state_when_that_state_is_named_after_it() -> None:
    text = ("Information Minister Ata Tarar accused the PTI of inciting violence against state institutions. "
            "The United States urged all sides to respect the rule of law.")
    assert "USA" not in {a for pair in pairs(text) for a in pair}
    # named before it, the only state is the office's: "In Nairobi, ..."
    assert pairs("Kenya held elections. Interior Minister Kithure Kindiki accused the opposition of inciting "
                 "violence.") == [("KEN", "opposition")]


def test_arrests_named_again_are_charged_to_who_made_them_and_never_stand_for_another_act() -> None:
    assert pairs("Hong Kong police arrested 53 activists on Wednesday. Britain's foreign secretary Dominic Raab "
                 "called the arrests \"a grievous attack on Hong Kong's rights and freedoms\".") == [("GBR", "HKG")]
    # "the attacks" are not the arrests police made after them
    assert pairs("Three men attacked people on London Bridge. British police went on to arrest twelve other "
                 "people. The Muslim Council of Britain condemned the attacks.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The European Commission launched legal action against Hungary over its sovereignty law.",
     ("eu", "HUN", "its sovereignty law")),
    ("Thailand's Constitutional Court removed Prime Minister Srettha Thavisin from office for violating ethics "
     "rules.", ("constitutional-court", "srettha-thavisin", "violating ethics rules")),
])
def test_a_case_brought_or_a_removal_from_office_for_a_wrong_charges_it(text, expected) -> None:
    assert accusations(text) == [expected]


def test_a_bare_word_for_a_charge_gives_way_to_the_charge_with_content_in_its_sentence() -> None:
    assert accusations("Guatemala's prosecutors filed charges against journalist Jose Ruben Zamora for money "
                       "laundering.") == [("GTM", "jose-ruben-zamora", "money laundering")]


def test_latin_american_is_no_american_and_the_accusers_next_act_is_no_part_of_the_charge() -> None:
    reading = read("Several Latin American governments refused to recognise the result.")
    assert "USA" not in reading.inventory.actors
    assert accusations("Venezuela's president Nicolas Maduro accused Argentina's president Javier Milei of backing "
                       "a coup attempt and expelled diplomats from seven countries.") == [
        ("VEN", "ARG", "backing a coup attempt")]


def test_the_signers_under_an_organisations_auspices_are_no_mediators() -> None:
    assert mediators("The agreement was signed under the auspices of the African Union by Ethiopia and the "
                     "Tigray People's Liberation Front.") == ["african-union"]
    assert mediators("The deal was signed under the aegis of Qatar by the two sides.") == ["QAT"]


def test_each_of_two_joined_subjects_sides_with_the_one_named_after() -> None:
    assert ties("Hungary and Slovakia sided with Russia on the sanctions question.") == [
        {"HUN", "RUS"}, {"SVK", "RUS"}]
    # a name joined further back only shares the sentence: no tie for it
    assert {"PAK", "ISR"} not in ties("India and Pakistan possess nuclear weapons, and Israel is suspected of "
                                      "possession of nuclear weapons.")


def test_a_participle_after_a_comma_supports_with_the_clauses_subject() -> None:
    assert ties("Russia and China vetoed the resolution, shielding Syria from sanctions.") == [
        {"RUS", "SYR"}, {"CHN", "SYR"}]


def test_its_neighbour_is_the_other_state_named_before_unless_named_after_it() -> None:
    assert accusations("Venezuela and Guyana are locked in a dispute over the Essequibo region. Caracas accuses "
                       "its neighbour of allowing US troops onto its soil.") == [
        ("VEN", "GUY", "allowing US troops onto its soil")]
    assert pairs("Ethiopia accused its neighbour Eritrea of sending troops into Tigray.") == [("ETH", "ERI")]


def test_a_charge_the_parser_hangs_on_the_accused_described_by_their_state_is_the_gerund() -> None:
    assert accusations("The Palestinian Authority accused Israeli settlers of torching homes.") == [
        ("PSE", "ISR", "torching homes")]


@pytest.mark.parametrize(("text", "expected"), [
    ("President Putin accused Ukraine of terrorism.", ("RUS", "UKR")),
    ('"Russia is committing genocide in Ukraine," President Zelensky said.', ("UKR", "RUS")),
    ("Prime Minister Netanyahu accused Iran of terrorism.", ("ISR", "IRN")),
])
def test_a_known_leaders_surname_after_their_office_speaks_for_their_state(text, expected) -> None:
    assert pairs(text) == [expected]


def test_a_word_after_a_lower_case_office_in_another_sentence_is_no_leader() -> None:
    # "In" is a word of "Moon Jae-in", and "president" ends the sentence before it
    reading = read("He was running for president. In July, the Ukrainian army accused Russia of shelling Kharkiv.")
    assert "KOR" not in reading.inventory.actors


@pytest.mark.parametrize(("text", "expected"), [
    ("Colombia came under fire from Venezuela for shelling border villages.",
     ("VEN", "COL", "shelling border villages")),
    ("Colombia faced criticism from Venezuela for hosting US bases.", ("VEN", "COL", "hosting US bases")),
    ("Myanmar's junta faces accusations from the UN of bombing civilians.",
     ("un", "MMR", "bombing civilians")),
])
def test_criticism_faced_from_an_accuser_for_a_gerund_charges_the_one_who_faces_it(text, expected) -> None:
    assert accusations(text) == [expected]


def test_an_accusation_joined_to_a_reported_clause_is_the_sayers_next_act() -> None:
    assert accusations("Cambodia said Thai jets had bombed its territory and accused Bangkok of using cluster "
                       "munitions.") == [("KHM", "THA", "had bombed its territory"),
                                         ("KHM", "THA", "using cluster munitions")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Thailand and Cambodia clashed along the border. Each side blamed the other for starting the clashes.",
     [("THA", "KHM", "starting the clashes"), ("KHM", "THA", "starting the clashes")]),
    ("Fighting broke out between Armenia and Azerbaijan on Tuesday. Both sides accused each other of violating "
     "the ceasefire.", [("ARM", "AZE", "violating the ceasefire"), ("AZE", "ARM", "violating the ceasefire")]),
])
def test_each_side_blaming_the_other_are_the_sides_of_the_fight_named_before(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Canada linked India to the killing of a Sikh activist.", ("CAN", "IND", "the killing of a Sikh activist")),
    ("Ottawa said it had credible evidence linking Indian agents to the killing of a Sikh activist.",
     ("CAN", "IND", "the killing of a Sikh activist")),
    # the object pronoun of a participle is the main clause's object, not its subject
    ("Canada expelled six Indian diplomats, linking them to the killing of a Sikh activist.",
     ("CAN", "IND", "the killing of a Sikh activist")),
])
def test_who_links_a_named_one_to_a_wrong_charges_them_with_it(text, expected) -> None:
    assert accusations(text) == [expected]


def test_a_passive_link_to_a_wrong_names_no_accuser_and_a_recall_in_protest_drops_at() -> None:
    assert accusations("Police said the gunman had been linked to al-Shabaab.") == []
    assert accusations("Algeria recalled its ambassador from Madrid in protest at Spain's shift on Western "
                       "Sahara.") == [("DZA", "ESP", "Spain's shift on Western Sahara")]


def test_an_envoy_sent_to_both_sides_of_a_war_is_a_go_between_and_one_sent_on_a_visit_is_not() -> None:
    assert mediators("The Vatican sent an envoy to Kyiv and Moscow in a bid to end the war.") == ["VAT"]
    assert mediators("Russia sent an envoy to Kyiv and Minsk.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Chad will send 1,000 soldiers to help Mali fight jihadists.", [{"TCD", "MLI"}]),  # the parser's "(Mali fight) jihadists"
    ("Egypt and Sudan held joint air force drills.", [{"EGY", "SDN"}]),
    ("India and the United States agreed to deepen defence ties.", [{"IND", "USA"}]),
    ("Belarus has allowed Russia to station nuclear weapons on its soil.", [{"BLR", "RUS"}]),
    ("India did not deepen ties with Russia.", []),
])
def test_help_given_drills_held_ties_deepened_and_ground_lent_tie_the_two(text, expected) -> None:
    assert ties(text) == expected


def test_it_is_never_a_group_named_in_the_plural_though_the_parser_tags_it_a_person() -> None:
    assert ties("The Houthis said they targeted the ship because it was linked to Israel.") == []


def test_an_arrest_warrant_issued_for_one_over_a_wrong_charges_them() -> None:
    assert accusations("The International Criminal Court issued an arrest warrant for Vladimir Putin over the "
                       "deportation of Ukrainian children.") == [
        ("icc", "RUS", "the deportation of Ukrainian children")]
    assert accusations("Police issued a statement for the press.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine's foreign minister said Russia wants to destroy Ukraine.", ("UKR", "RUS", "wants to destroy Ukraine")),
    ("Ukraine said Russia was preparing to attack Kharkiv.", ("UKR", "RUS", "was preparing to attack Kharkiv")),
    ('The Venezuelan government said the opposition was "a gang of terrorists".',
     ("VEN", "opposition", 'was "a gang of terrorists"')),
])
def test_a_wish_or_preparation_to_do_a_wrong_and_a_band_of_the_labelled_are_charges(text, expected) -> None:
    assert accusations(text) == [expected]


def test_wanting_what_is_no_wrong_and_a_group_of_ordinary_people_are_no_charges() -> None:
    assert accusations("China said Taiwan wants peace.") == []
    assert accusations("The government said the opposition was a group of students.") == []


def test_missiles_act_for_the_state_their_modifier_names_and_their_strike_is_charged_to_it() -> None:
    assert pairs("Russian missiles struck a hospital in Kyiv. Ukraine condemned the strike.") == [("UKR", "RUS")]


@pytest.mark.parametrize("text", [
    "Iraq's government condemned the United States for the drone strike in Baghdad that killed a Kataib Hezbollah "
    "commander, calling it a violation of Iraqi sovereignty.",
    "The International Criminal Court issued an arrest warrant for Vladimir Putin, accusing him of the unlawful "
    "deportation of children from occupied Ukraine.",
])
def test_an_act_named_and_then_called_a_wrong_is_one_allegation(text: str) -> None:
    assert len(read(text).accusations) == 1  # "it" is the strike, not the United States; the warrant's "for" no charge


def test_a_name_the_parser_does_not_tag_opening_a_sentence_as_the_accuser_is_a_person() -> None:
    assert accusations("Alexei Navalny accused President Vladimir Putin of ordering his poisoning.") == [
        ("alexei-navalny", "RUS", "ordering his poisoning")]


def test_a_statement_owned_by_one_criticises_for_it_not_for_who_blocked_it_and_bare_sanctions_charge_nothing() -> None:
    assert pairs("Hungary blocked an EU statement criticising China over Hong Kong.") == [("eu", "CHN")]
    assert pairs("Mexico's president criticised US sanctions against Cuba as inhumane.") == [("MEX", "USA")]


@pytest.mark.parametrize("text", [
    "Somalia's president thanked Turkey for its military and humanitarian support.",
    "Ukraine praised the United States for its help.",
])
def test_one_thanked_or_praised_for_its_support_backs_the_one_who_thanks(text: str) -> None:
    assert len(ties(text)) == 1


def test_meeting_one_side_to_revive_talks_or_leading_a_peace_mission_to_both_mediates() -> None:
    assert mediators("Egypt met Israeli officials in an effort to revive ceasefire talks with Hamas.") == ["EGY"]
    assert mediators("South Africa's Cyril Ramaphosa led an African peace mission to Kyiv and Moscow.") == ["ZAF"]
    assert mediators("France led a trade mission to China and Japan.") == []


@pytest.mark.parametrize("text", [
    "Did China help Russia evade sanctions? Washington wants to know.",
    "The United States may impose sanctions on China if it supplies Russia with weapons.",
    "Analysts say it is unclear whether Rwanda is backing the M23.",
])
def test_a_tie_asked_about_or_supposed_is_no_tie(text: str) -> None:
    assert ties(text) == []


def test_a_labelling_verb_joined_in_another_tense_to_a_reported_clause_is_the_sayers() -> None:
    assert pairs("Venezuela said the United States was preparing an invasion and called the opposition "
                 "traitors.") == [("VEN", "USA"), ("VEN", "opposition")]


def test_the_vessels_are_the_ships_named_before_in_the_plural_and_acting_dangerously_is_a_wrong() -> None:
    assert pairs("Chinese coast guard ships fired water cannon at a Philippine supply boat. Manila said the "
                 "vessels had acted dangerously.") == [("PHL", "CHN")]


def test_starting_a_war_by_a_wrong_charges_who_started_it() -> None:
    assert pairs("The Ethiopian government has denied the charges. It says the TPLF started the war by attacking "
                 "a federal army base.") == [("ETH", "tplf")]


def test_a_non_word_is_not_the_label_it_negates() -> None:
    assert accusations('The gunmen attacked Mumbai. Pakistan described the attackers as "non-state actors".') == []


def test_aid_received_in_a_sum_is_the_givers_named_on_the_aid() -> None:
    assert ties("Israel, which receives $3.8 billion in US military aid each year, struck Lebanon.") == [
        {"USA", "ISR"}]


def test_ethiopias_army_by_its_acronym_speaks_for_ethiopia() -> None:
    assert pairs("The ENDF said TPLF forces had attacked its northern command.") == [("ETH", "tplf")]


def test_with_one_mediating_after_an_exchange_is_a_mediation_the_parser_reads_as_a_noun() -> None:
    assert mediators("Russia and Ukraine exchanged 95 prisoners of war on Friday, with the UAE mediating.") == ["ARE"]


def test_an_act_done_as_part_of_a_wrong_is_a_wrong() -> None:
    assert pairs("Poland said Belarus was pushing migrants across the border as part of a hybrid attack.") == [
        ("POL", "BLR")]
    assert pairs("Poland said Belarus was sending doctors as part of an aid programme.") == []


@pytest.mark.parametrize("text, expected", [
    # the one found guilty parsed as the object with "guilty" its adjective
    ("The Special Tribunal for Lebanon found Salim Ayyash guilty of the murder of Rafik Hariri.",
     [("special-tribunal-for-lebanon", "salim-ayyash", "the murder of Rafik Hariri")]),
    # a capitalised court's name goes on through the place it is named for, which is no charge
    ("The Special Court for Sierra Leone convicted Charles Taylor of war crimes.",
     [("special-court-for-sierra-leone", "charles-taylor", "war crimes")]),
    # "sentenced in federal court": the court; the judge, and "the judge" later, speak for it
    ("Paul Manafort was sentenced in federal court in Washington on Wednesday to 43 months in prison for "
     "conspiracy and witness tampering. Judge Amy Berman Jackson said Manafort had lied to investigators.",
     [("federal-court", "paul-manafort", "conspiracy and witness tampering"),
      ("federal-court", "paul-manafort", "had lied to investigators")]),
    ("Paul Manafort was sentenced in a federal court in Virginia last week. Months earlier, the judge in that case "
     "had determined that Manafort had lied to prosecutors.",
     [("federal-court", "paul-manafort", "had lied to prosecutors")]),
])
def test_verdicts_of_a_court_named_are_the_courts(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_who_clashes_with_whom_are_the_two_sides() -> None:
    reading = read("Members of the Proud Boys clashed with counter-protesters in Washington on Saturday night. "
                   "Four people were stabbed.")
    shown = {c.item["name"] for c in candidates(reading) if c.category == "parties" and c.proposed}
    assert shown == {"Proud Boys", "counter-protesters"}


@pytest.mark.parametrize("text, name", [
    ("Members of the Proud Boys marched through the city.", "Proud Boys"),
    ("Fighters of the Wagner Group attacked a village.", "Wagner Group"),
])
def test_a_name_whose_members_act_is_a_groups(text: str, name: str) -> None:
    assert name in [a.name for a in read(text).inventory.actors.values()]


EMERGENCY = "US President Donald Trump declared a national emergency on Friday. "


@pytest.mark.parametrize("text, expected", [
    (EMERGENCY + "Sixteen states sued the administration on Monday, saying the declaration was unconstitutional.",
     [("sixteen-states", "USA", "the declaration was unconstitutional")]),
    # a lawsuit's reason said after it; "the administration" inside the object is not the suing states
    (EMERGENCY + "Sixteen states filed a lawsuit against the administration, arguing the declaration was "
     "unconstitutional.", [("sixteen-states", "USA", "the declaration was unconstitutional")]),
    # "a coalition of" the states is the states
    (EMERGENCY + "A coalition of 16 states filed a lawsuit against the administration over the declaration.",
     [("16-states", "USA", "the declaration")]),
    # countries a word before "states" describes are no such side; states only counted are none
    ("Four Arab states accused Qatar of supporting terrorism.", []),
    ("The UN General Assembly adopted the resolution. Thirty-five states abstained.", []),
])
def test_counted_states_of_a_domestic_dispute_act_as_one_side(text: str, expected: list) -> None:
    assert accusations(text) == expected


def test_protesters_are_no_chamber_the_parser_took_for_a_party() -> None:
    assert pairs("Pro-democracy lawmakers heckled Carrie Lam in the Legislative Council. Lam condemned the "
                 "violence of radical protesters.") == [("carrie-lam", "protesters")]


def test_a_party_named_before_its_leaders_title_is_who_the_leader_speaks_for() -> None:
    assert pairs("Queen Elizabeth II on Wednesday approved a request from Prime Minister Boris Johnson to suspend "
                 "Parliament for five weeks. Labour leader Jeremy Corbyn accused Johnson of a smash-and-grab on "
                 "democracy.") == [("labour", "boris-johnson")]


def test_the_prime_minister_a_domestic_side_charges_is_the_person() -> None:
    assert pairs("Canada's ethics commissioner ruled that Prime Minister Justin Trudeau broke the law. Andrew "
                 "Scheer, the leader of the opposition Conservatives, said the prime minister had misled "
                 "Canadians.") == [("conservatives", "justin-trudeau")]


@pytest.mark.parametrize("text, expected", [
    # revenge vowed against the one named, for an act the parser hangs on the verb
    ("Iran vowed revenge against Israel for the killing of its nuclear scientist.",
     [("IRN", "ISR", "the killing of its nuclear scientist")]),
    # acts said to amount to ethnic cleansing or apartheid are charged to their owner
    ("Armenia said that Turkey's actions amounted to ethnic cleansing.",
     [("ARM", "TUR", "Turkey's actions amounted to ethnic cleansing")]),
    # an envoy ordered to leave "over" what the parser hangs on "leave"
    ("Mali's junta ordered the French ambassador to leave the country within 72 hours over what it called hostile "
     "remarks by French officials.", [("MLI", "FRA", "what it called hostile remarks by French officials")]),
])
def test_revenge_acts_amounting_to_a_wrong_and_envoys_ordered_out(text: str, expected: list) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the press charged as a whole is a side; a head of state charging it is the person
    ("US President Donald Trump accused the media of spreading fake news about the virus.",
     [("donald-trump", "the-media", "spreading fake news about the virus")]),
    ("US President Donald Trump alleged the media was falsely claiming he had suffered a stroke.",
     [("donald-trump", "the-media", "was falsely claiming he had suffered a stroke")]),
    # made a side by being accused, the press still only reports
    ("US President Donald Trump accused the media of lying. According to state media, Iran attacked a tanker.",
     [("donald-trump", "the-media", "lying")]),
])
def test_the_press_charged_is_a_side_that_still_only_reports(text: str, expected: list) -> None:
    assert accusations(text) == expected


def test_a_wrongdoers_name_is_a_label_that_charges() -> None:
    assert pairs("Joe Biden called Donald Trump a climate arsonist in a speech.") == [("joe-biden", "donald-trump")]


@pytest.mark.parametrize("text, name", [
    ("The online activist group known as Anonymous claimed the attack on the ministry's servers.", "Anonymous"),
    ("The petition was started by the grassroots movement Tamarod in April.", "Tamarod"),
    ("On Friday, code hosting website GitHub blocked access to the software.", "GitHub"),
])
def test_a_name_a_group_noun_introduces_is_the_groups(text: str, name: str) -> None:
    assert name in [a.name for a in read(text).inventory.actors.values()]


def test_a_website_cited_as_a_source_is_no_side() -> None:
    text = '"The paramilitaries operate from army camps," the rebels said, according to the website TamilNet.'
    assert "TamilNet" not in [a.name for a in read(text).inventory.actors.values()]


@pytest.mark.parametrize("text, expected", [
    # a demand put as a necessity, the second act the parser hangs on "is" kept in the allegation
    ("The MDC said that if talks are to start, it is essential that ZANU-PF stops the violence, halts the "
     "persecution of its supporters.", [("mdc", "zanu-pf", "stops the violence, halts the persecution of its supporters")]),
    ('"It is vital that Russia withdraw its troops," the French president said.',
     [("FRA", "RUS", "withdraw its troops")]),
    ("France said it was not necessary that Russia withdraw its troops.", []),
    # evidence "to suggest" what someone did
    ("Pakistani police said there was evidence to suggest the assassination was carried out by Lashkar-e-Jhangvi.",
     [("PAK", "lej", "the assassination was carried out by Lashkar-e-Jhangvi")]),
    ("Pakistani police said there was no evidence to suggest the assassination was carried out by "
     "Lashkar-e-Jhangvi.", []),
    # protesting against an act done by someone named with "by"
    ("The opposition MDC protested against the arrest of its leaders by Zimbabwean police.",
     [("mdc", "ZWE", "the arrest of its leaders by Zimbabwean police")]),
])
def test_demands_as_necessity_evidence_to_suggest_and_protests_against_acts(text: str, expected: list) -> None:
    assert accusations(text) == expected


def test_a_title_with_a_place_that_ends_the_text_is_read_without_error() -> None:
    assert pairs("China protested against the visit by the Taiwanese president to Washington.") == [("CHN", "TWN")]


@pytest.mark.parametrize("text, expected", [
    # the sayer's own ally, named by "its"
    ("The US said Britain was one of its closest allies.", [{"GBR", "USA"}]),
    ("Russia said Ukraine was using its weapons against civilians.", []),
    # a fleet's headquarters hosted; a state "home to" another's base
    ("Bahrain hosts the headquarters of the US Navy's Fifth Fleet.", [{"BHR", "USA"}]),
    ("Djibouti is home to a Chinese naval base.", [{"DJI", "CHN"}]),
    ("Djibouti is not home to a Chinese naval base.", []),
    # troops sent to another state are no tie (an invasion sends them too)
    ("Russia sent troops to Ukraine.", []),
    # those an agreement lets warships pursue are no partner
    ("The Seychelles signed an agreement allowing European warships to pursue pirates into its waters.", []),
])
def test_ties_said_with_its_and_hosted_bases(text: str, expected: list) -> None:
    assert ties(text) == expected


SUDAN = ("Sudan's army on Tuesday accused the paramilitary Rapid Support Forces of shelling a hospital. "
         "The RSF denied the charge. ")


@pytest.mark.parametrize("text, expected", [
    # "army aircraft" after "Sudan's army" is that army, though a later state is named more often
    (SUDAN + "In a statement, the group said army aircraft had bombed two markets. Talks sponsored by the "
     "United States collapsed. Washington's envoy said he hoped to resume them.",
     [("SDN", "rsf", "shelling a hospital"), ("rsf", "SDN", "had bombed two markets")]),
    # "both sides" with no fight "between" told: the accuser and the accused of the quarrel before
    (SUDAN + "The United Nations said it was alarmed. Its humanitarian coordinator said both sides had "
     "blocked aid convoys.", [("SDN", "rsf", "shelling a hospital"), ("un", "SDN", "had blocked aid convoys"),
                             ("un", "rsf", "had blocked aid convoys")]),
])
def test_an_army_named_before_and_both_sides_of_a_quarrel(text: str, expected: list) -> None:
    assert accusations(text) == expected


def test_a_charge_the_parser_hangs_on_the_accuser_leaves_the_speaker_and_keeps_the_alleged_tie() -> None:
    reading = read("The United Arab Emirates has been accused by UN experts of supplying weapons to the RSF, "
                   "a charge it rejects.")
    assert [(a.accuser, a.accused, a.speaker) for a in reading.accusations] == [("un", "ARE", "UN experts")]
    assert [(set(t.members), t.kind) for t in reading.ties] == [({"ARE", "rsf"}, "alleged_involvement")]


def test_a_military_treaty_names_no_army_and_urging_a_release_is_no_tie() -> None:
    assert ties("Armenia's army said Azerbaijan's military had attacked. Moscow is linked to a military treaty "
                "with Yerevan.") == [{"RUS", "ARM"}]
    assert ties("Callamard, the UN special rapporteur, encouraged the CIA to release the files.") == []


def test_envoys_of_both_sides_are_theirs_not_mediators() -> None:
    assert mediators("Senegal accused the rebels of shelling the airport. The Economic Community of West African "
                     "States is pursuing a mediation through Gambian President Yahya Jammeh, who has met envoys "
                     "of both sides in Banjul.") == ["GMB", "ecowas"]


def test_a_governor_charging_the_federal_government_is_the_person() -> None:
    text = ("Gunmen killed 30 villagers in Nigeria's Plateau state, police in Nigeria said. Plateau governor Caleb "
            "Mutfwang accused the federal government of failing to protect rural communities.")
    assert pairs(text)[-1:] == [("caleb-mutfwang", "NGA")]


def test_a_group_described_by_its_backer_is_the_one_named_before() -> None:
    assert ties("Hezbollah fired dozens of rockets at northern Israel. The Iran-backed group said its fighters "
                "had targeted an army base near Kiryat Shmona.") == [{"IRN", "hezbollah"}]
    # a town after "near" is no person the small parser's tag makes one
    assert "Kiryat Shmona" not in [a.name for a in read("The group targeted an army base near Kiryat Shmona.")
                                   .inventory.actors.values()]


def test_an_alliance_of_unnamed_groups_beside_a_state_is_no_tie() -> None:
    assert ties("Myanmar's military government and an alliance of ethnic armed groups have agreed to a ceasefire, "
                "China's foreign ministry said.") == []
    assert ties("An alliance of Russia, China and Iran held naval drills.") == [{"RUS", "CHN", "IRN"}]


@pytest.mark.parametrize("text, expected", [
    # "the actions" name again the act told before; a pair of adjectives the parser hangs inside the object
    ("The Philippines accused China's coast guard of ramming a Philippine supply vessel. Manila called the "
     'actions "dangerous and reckless".', [("PHL", "CHN"), ("PHL", "CHN")]),
    ("The Philippines accused China's coast guard of ramming a Philippine supply vessel. Manila called the "
     'attack "dangerous and reckless".', [("PHL", "CHN"), ("PHL", "CHN")]),
    # a decision judged is no charge still
    ("Germany suspended arms exports to Turkey. Ankara called the decision unjustified.", []),
])
def test_acts_named_again_and_called_reckless(text: str, expected: list) -> None:
    assert pairs(text) == expected


def test_counted_juntas_are_their_states_and_a_refused_invitation_hosts_nothing() -> None:
    assert ties("Mali, Burkina Faso and Niger are ruled by military governments. The three juntas later formed "
                "the Alliance of Sahel States, a mutual defence pact.") == [{"MLI", "BFA", "NER"}]
    assert mediators("Niger's military junta accused Paris of ignoring its invitation to a meeting.") == []
    assert mediators("Talks were held on the invitation of the Egyptian government between Israel and Hamas.") == [
        "EGY"]


def test_protesters_against_the_ruling_party_are_their_own_crowd_whichever_word_names_them() -> None:
    reading = read("Police dispersed thousands of protesters outside parliament. The interior ministry accused "
                   "demonstrators of throwing stones. Opposition leaders accused the ruling Georgian Dream party "
                   "of rigging the election.")
    assert [(a.accuser, a.accused) for a in reading.accusations][-1:] == [("opposition-leaders", "georgian-dream")]
    crowd = [a for a in reading.inventory.actors.values() if a.kind == "political_group" and "protesters" in a.forms]
    assert len(crowd) == 1 and crowd[0].name == "protesters" and "demonstrators" in crowd[0].forms


@pytest.mark.parametrize("text, expected", [
    # cracking down is a wrong; so is any act a participle says killed people
    ("Human Rights Watch said Venezuelan security forces cracked down on demonstrations.",
     [("human-rights-watch", "VEN", "cracked down on demonstrations")]),
    ("Amnesty International said Iranian security forces dispersed the crowd, killing 20 people.",
     [("amnesty-international", "IRN", "dispersed the crowd, killing 20 people")]),
    ("Officials said the storm hit the coast, killing 12 people.", []),
])
def test_a_crackdown_and_an_act_that_killed_are_wrongs(text: str, expected: list) -> None:
    assert accusations(text) == expected


def test_a_reports_participle_is_no_part_of_its_speaker() -> None:
    # a national human rights commission is its own voice (the wire golds' "Human Rights Commission of Malaysia")
    reading = read("A report by the Ethiopian Human Rights Commission published on Tuesday found that Eritrean "
                   "troops had killed more than 100 civilians in Axum.")
    assert [(a.accuser, a.accused, a.speaker) for a in reading.accusations] == [
        ("ethiopian-human-rights-commission", "ERI", "report by the Ethiopian Human Rights Commission")]


def test_people_charged_with_a_crime_are_charged_with_it_once() -> None:
    assert accusations("The US Justice Department charged five Russian officers with conspiracy to damage "
                       "protected computers.") == [("USA", "RUS", "conspiracy to damage protected computers")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Baku said Armenian units had mined supply routes.", ("AZE", "ARM", "had mined supply routes")),
    ("Beijing said Canada had arbitrarily arrested a Huawei executive.",
     ("CHN", "CAN", "had arbitrarily arrested a Huawei executive")),
    ("Kyiv said Russian troops had overrun the village.", ("UKR", "RUS", "had overrun the village")),
])
def test_mining_arresting_and_overrunning_are_wrongs_a_reported_clause_states(text: str, expected: tuple) -> None:
    assert accusations(text) == [expected]


def test_two_charges_joined_by_and_of_are_two_accusations_each_with_its_own_words() -> None:
    assert accusations("Kyiv accused Moscow of shelling Kharkiv and of deporting children.") == [
        ("UKR", "RUS", "shelling Kharkiv"), ("UKR", "RUS", "deporting children")]
    assert accusations("Ukraine blamed Russia for the attack and for the deaths of 12 civilians.") == [
        ("UKR", "RUS", "the attack"), ("UKR", "RUS", "the deaths of 12 civilians")]
    assert accusations('Moscow accused Tallinn of pursuing "a policy of Russophobia" and of dismantling ties.') == [
        ("RUS", "EST", 'pursuing "a policy of Russophobia"'), ("RUS", "EST", "dismantling ties")]
    # one charge with two objects stays one
    assert accusations("Kyiv accused Moscow of shelling Kharkiv and Odesa.") == [
        ("UKR", "RUS", "shelling Kharkiv and Odesa")]


def test_the_army_named_again_is_the_army_named_before_not_the_last_state_named() -> None:
    text = ("KHARTOUM, Sudan (AP) — Sudan's paramilitary Rapid Support Forces shelled a camp on Tuesday. "
            "The army has been fighting the RSF since April 2023. Saudi Arabia and the United States have "
            "hosted several rounds of talks in Jeddah. Egypt, which backs the army, urged an immediate ceasefire.")
    assert ties(text) == [{"EGY", "SDN"}]


def test_a_charge_stops_before_the_accuser_s_own_next_act_and_a_speaker_has_no_stray_comma() -> None:
    text = ("Niger's junta revoked a defence pact. The junta has accused Paris of wanting to intervene militarily "
            "and revoked defence agreements with France.")
    assert ("NER", "FRA", "wanting to intervene militarily") in accusations(text)
    reading = read("The coup leader, General Abdourahamane Tchiani, accused ECOWAS of planning an aggression "
                   "against Niger.")
    assert [a.speaker for a in reading.accusations] == ["coup leader"]


def test_an_aside_that_calls_a_state_former_something_does_not_end_its_present_support() -> None:
    assert ties("France, the former colonial power, said it supported ECOWAS's efforts.") == [{"FRA", "ecowas"}]
    assert ties("France, which withdrew its support for ECOWAS's efforts, said it would stay neutral.") == []


def test_a_department_of_foreign_affairs_speaks_for_its_state_and_an_act_named_again_has_its_doer() -> None:
    assert accusations("The Department of Foreign Affairs in Manila said China violated international law.") == [
        ("PHL", "CHN", "violated international law")]
    text = ("MANILA, Philippines — The Philippines summoned China's ambassador after Chinese coast guard vessels "
            "fired water cannon at a Philippine supply boat. The Department of Foreign Affairs said the "
            "\"dangerous manoeuvres\" violated international law.")
    assert [(a.accuser, a.accused, a.sentence) for a in read(text).accusations if a.rule == "reported"] == [
        ("PHL", "CHN", 2)]
    # a toll of an attack named again tells of no doer
    assert accusations("Gunmen attacked a base. The governor's spokesman said the attack had killed twelve.") == []


def test_a_titled_official_is_not_of_the_state_that_describes_what_he_condemns() -> None:
    text = "Manila protested on Monday. National Security Adviser Eduardo Año called the Chinese actions \"barbaric\"."
    assert [(a.accuser, a.accused, a.speaker) for a in read(text).accusations] == [("PHL", "CHN", "Eduardo Año")]


def test_a_state_s_mediation_efforts_make_it_the_mediator() -> None:
    assert mediators("Kenya's mediation efforts between the generals have stalled.") == ["KEN"]
    # the small parser reads "leading" as an adjective of "efforts", with the president its subject
    assert mediators("Kenya's President William Ruto is leading mediation efforts between Sudan's army "
                     "and the RSF.") == ["KEN"]


def test_the_one_warned_against_arming_another_is_the_one_who_arms() -> None:
    assert ties("Beijing warned Washington against selling arms to Taiwan.") == [{"USA", "TWN"}]
    assert ties("Beijing warned Washington over selling arms to Taiwan.") == [{"USA", "TWN"}]


def test_a_command_of_a_state_s_military_speaks_for_the_state_and_keeps_its_name_as_speaker() -> None:
    reading = read("The U.S. military's Central Command said the Houthis had fired two missiles at the tanker.")
    assert [(a.accuser, a.accused, a.speaker) for a in reading.accusations] == [
        ("USA", "houthis", "U.S. military's Central Command")]


def test_gunmen_from_a_named_group_are_that_group_and_its_name_is_no_tie() -> None:
    text = "Gunmen from the Viv Ansanm gang coalition attacked a police station, Haiti's police said."
    assert accusations(text) == [("HTI", "viv-ansanm", "attacked a police station")]
    assert ties(text) == []


def test_an_aside_calling_a_named_movement_another_s_ally_ties_them_and_the_movement_speaks() -> None:
    text = "The Amal movement, a Hezbollah ally, said Israel had attacked Lebanon."
    assert ties(text) == [{"amal", "hezbollah"}]
    assert pairs(text) == [("amal", "ISR")]
    # an ally named in the accuser's aside is no alleged tie: the accusation is of something else
    reading = read("Armenia, a Russian treaty ally, accused Azerbaijan of shelling its villages.")
    assert [(set(t.members), t.kind) for t in reading.ties] == [({"ARM", "RUS"}, "political_support")]


def test_the_assault_named_again_is_the_storming_told_before() -> None:
    text = "Al-Shabaab fighters stormed a hotel in Mogadishu. The United Nations condemned the assault."
    assert pairs(text) == [("un", "al-shabaab")]


def test_a_move_condemned_as_a_wrong_charges_the_doer_of_the_clause_it_sums_up() -> None:
    for text in ("Kosovo police seized four Serb-run offices in the north, a move Belgrade condemned as terror.",
                 "Kosovo police seized four Serb-run offices in the north, a move that Belgrade condemned as terror."):
        assert accusations(text) == [("SRB", "XKX", "seized four Serb-run offices in the north")]
    assert accusations("Russia annexed Crimea in 2014, a step Ukraine condemned as illegal.") == [
        ("UKR", "RUS", "annexed Crimea in 2014")]
    # a move only judged is no charge (tests/gold/README.md)
    assert accusations("Kosovo police seized four offices in the north, a move Belgrade condemned as hasty.") == []


def test_sayers_listed_after_a_report_are_not_more_go_betweens() -> None:
    assert mediators("The rebels agreed to a ceasefire brokered by China, state media and the rebels said.") == ["CHN"]


def test_a_speaker_s_warning_after_the_report_is_no_part_of_the_charge() -> None:
    assert accusations("Vladimir Putin said Georgia's actions amounted to aggression and warned of retaliation.") == [
        ("RUS", "GEO", "Georgia's actions amounted to aggression")]
    # a gerund joined to a gerund charge is the next charge, "threatening" too
    assert accusations("Amnesty International accused Zimbabwe's government of harassing the opposition and "
                       "threatening to cut off food supplies.") == [
        ("amnesty-international", "ZWE", "harassing the opposition"),
        ("amnesty-international", "ZWE", "threatening to cut off food supplies")]


def test_a_call_on_both_countries_to_end_hostilities_charges_neither() -> None:
    assert accusations("Sudan and South Sudan clashed. The African Union has called on both countries to end "
                       "hostilities.") == []
    assert pairs("The United States urged Sudan to halt the bombing.") == [("USA", "SDN")]


def test_a_minister_travelling_in_an_effort_to_end_the_fighting_mediates() -> None:
    assert mediators("Indonesian Foreign Minister Marty Natalegawa travelled to both capitals this week in an "
                     "effort to end the fighting between Thailand and Cambodia.") == ["IDN"]


def test_seeking_a_pretext_for_a_wrong_is_charged_but_uncovering_another_s_plan_charges_the_planner() -> None:
    assert pairs("Eritrea said Ethiopia was looking for a pretext to seize the port of Assab.") == [("ERI", "ETH")]
    assert pairs("Ukraine said it had uncovered plans by Moscow's intelligence services to destabilise "
                 "Moldova.") == [("UKR", "RUS")]


def test_a_second_verb_of_a_relative_clause_mediates_for_its_subject_and_a_base_stays_a_tie() -> None:
    reading = read("Armenia and Azerbaijan clashed on Tuesday. Russia, which has a military base in Armenia and "
                   "brokered the 2020 ceasefire, urged restraint.")
    assert mediators(reading) == ["RUS"]
    assert [set(t.members) for t in reading.ties] == [{"RUS", "ARM"}]


def test_a_charge_ends_where_an_aside_names_it_for_the_one_who_dismissed_it() -> None:
    assert accusations("Pakistan has accused India of being behind a suicide bombing that killed 11 people at a court in "
                       "Islamabad, an allegation New Delhi dismissed as baseless.") == [
        ("PAK", "IND", "being behind a suicide bombing that killed 11 people at a court in Islamabad")]


def test_a_deal_the_charged_one_is_accused_of_signing_is_its_own_alleged_tie() -> None:
    reading = read("Somalia has ordered Ethiopia's ambassador to leave, accusing Addis Ababa of interfering in its "
                   "internal affairs by signing a port deal with the breakaway region of Somaliland.")
    assert [(set(t.members), t.kind) for t in reading.ties] == [({"ETH", "somaliland"}, "alleged_involvement")]


def test_each_side_accusing_the_other_takes_the_sides_of_a_clash_told_three_sentences_before() -> None:
    text = ("Fighting broke out on Tuesday between Armenia and Azerbaijan. According to "
            "Armenia's defence ministry, Azerbaijani units opened fire on Armenian positions. Baku said the "
            "Armenian side had provoked the incident. Each side accused the other of trying to derail the "
            "peace process.")
    assert [(a.accuser, a.accused) for a in read(text).accusations if a.rule == "reciprocal"] == [
        ("ARM", "AZE"), ("AZE", "ARM")]


def test_an_office_run_by_a_group_speaks_for_it_and_one_in_an_unknown_place_for_no_state() -> None:
    text = ("CIA Director William Burns took part in the talks. Gaza's health ministry, which is run by Hamas, "
            "said Israeli strikes had killed 39 people.")
    assert [(a.accuser, a.accused, a.speaker) for a in read(text).accusations] == [
        ("hamas", "ISR", "Gaza's health ministry")]
    assert accusations("CIA Director William Burns took part in the talks. The health ministry in Gaza said "
                       "Israeli strikes had killed 39 people.") == []
    # forces "in" a place act there: "its security forces in Kashmir" are still its own
    assert pairs("Pakistan's Foreign Office rejected the accusations. Its spokesman said India was trying to "
                 "divert attention from abuses by its security forces in Kashmir.") == [("PAK", "IND")]


def test_two_sides_named_before_each_blaming_the_other_blame_each_other_in_one_sentence() -> None:
    # the small parser used to start a sentence at "each", cutting the blaming from its sides
    text = ("Ceasefire talks in Cairo broke up on Sunday without agreement, with Israel and Hamas each blaming "
            "the other for the impasse, mediators said.")
    assert len(read(text).sentences) == 1
    assert accusations(text) == [("ISR", "hamas", "the impasse"), ("hamas", "ISR", "the impasse")]


def test_a_people_s_name_before_an_act_is_whose_act_it_is_in_a_report() -> None:
    # the small parser made "Azerbaijani" the subject of "shelling" inside the reported clause
    assert pairs("Separatists in Karabakh said Azerbaijani shelling had killed at least 27 people.") == [
        ("separatists", "AZE")]


def test_remarks_condemned_as_hostile_charge_the_one_who_made_them() -> None:
    said = "France's foreign minister described the junta as illegitimate. "
    assert pairs(said + "In a statement, Mali's government said it strongly condemns and rejects the remarks, "
                 "which it called hostile and outrageous.") == [("MLI", "FRA")]
    # remarks welcomed, or condemned without being called anything, charge no one
    assert pairs("France's foreign minister praised the junta. Mali's government welcomed the remarks.") == []


def test_a_relative_aside_before_the_tie_word_is_no_part_of_the_tie() -> None:
    assert ties("The United States, which accuses the Islamic Courts of harbouring al-Qaeda suspects wanted for "
                "the 1998 bombings of its embassies in Kenya and Tanzania, has backed Ethiopia's intervention.") == [
        {"USA", "ETH"}]


def test_a_second_accused_with_its_own_charge_after_and_is_an_accusation_of_its_own() -> None:
    assert accusations("Sri Lanka's army fought the Tigers. Human Rights Watch has accused the Tigers of using "
                       "civilians as human shields and the government of indiscriminate shelling.") == [
        ("human-rights-watch", "tigers", "using civilians as human shields"),
        ("human-rights-watch", "LKA", "indiscriminate shelling")]


def test_a_call_after_a_report_is_the_speaker_s() -> None:
    assert accusations("The US State Department said the sales were consistent with the Taiwan Relations Act "
                       "and urged Beijing to stop its military pressure on Taiwan.") == [
        ("USA", "CHN", "stop its military pressure on Taiwan")]


def test_the_one_allied_in_a_passive_relative_clause_is_a_member() -> None:
    assert ties("Syria, which is allied with Russia and Iran, denounced the strikes.") == [{"SYR", "RUS", "IRN"}]


def test_a_call_to_cooperate_is_no_tie() -> None:
    assert ties("The United States urged India to cooperate with the Canadian investigation.") == []
    assert ties("Kenya and Somalia agreed to cooperate on security.") == [{"KEN", "SOM"}]


def test_a_declaration_judged_by_another_is_the_declarer_s() -> None:
    declared = "Kosovo's parliament declared independence from Serbia on Sunday. "
    assert pairs(declared + "Russia said the declaration violated UN Security Council resolution 1244.") == [
        ("RUS", "XKX")]
    assert pairs(declared + "Serbian Prime Minister Vojislav Kostunica called the declaration illegal.") == [
        ("SRB", "XKX")]
    # one's own report showing another's wrong is still one's own
    assert pairs("The UN published a report. The UN said the report showed Sudan had bombed villages.") == [
        ("un", "SDN")]


def test_talks_sponsored_by_go_betweens_tie_them_to_neither_side_and_a_call_on_them_charges_neither() -> None:
    text = "Sudan's army and the RSF will meet in Jeddah for talks sponsored by Saudi Arabia and the United States."
    assert ties(text) == []
    assert mediators(text) == ["SAU", "USA"]
    assert accusations("Sudan's army and the RSF have been fighting since April. The UN envoy said both sides had "
                       "agreed to negotiate and urged them to respect a humanitarian ceasefire.") == []


def test_a_second_of_charge_after_and_is_a_charge_of_its_own() -> None:
    # the parser hangs the second "of" on the verb beside the first, or the first on the name
    assert accusations("Hamas accused Israel of killing civilians and of blocking aid.") == [
        ("hamas", "ISR", "killing civilians"), ("hamas", "ISR", "blocking aid")]
    assert accusations("Bolsonaro has accused the Workers' Party of corruption and of wrecking the economy.") == [
        ("bolsonaro", "workers-party", "corruption"), ("bolsonaro", "workers-party", "wrecking the economy")]


def test_a_case_brought_against_named_companies_accuses_each_of_them() -> None:
    assert accusations("Ohio filed a lawsuit against McKesson and Cardinal Health, accusing them of flooding "
                       "the state with painkillers.") == [
        ("ohio", "cardinal-health", "flooding the state with painkillers"),
        ("ohio", "mckesson", "flooding the state with painkillers")]
    # the attorney general of a region acts for it; a one-word company the parser takes for a person
    text = "The attorney general of Ohio filed a lawsuit against McKesson, accusing it of flooding the state."
    assert [(a.accuser, a.accused, a.speaker) for a in read(text).accusations] == [
        ("ohio", "mckesson", "attorney general of Ohio")]


def test_a_motion_named_again_is_the_chamber_s_that_voted_it() -> None:
    text = ("South Korea's National Assembly voted on Friday to impeach President Park Geun-hye. Prime Minister "
            "Hwang Kyo-ahn will serve as acting president. The motion accuses Park of allowing her friend to "
            "meddle in state affairs.")
    assert accusations(text) == [("national-assembly", "park-geun-hye", "allowing her friend to meddle in state affairs")]


def test_the_commission_is_the_one_body_named_with_that_head() -> None:
    named = " The Independent Electoral and Boundaries Commission (IEBC) denied the claims."
    assert pairs("Opposition leader Raila Odinga accused the electoral commission of announcing figures early."
                 + named) == [("raila-odinga", "independent-electoral-and-boundaries-commission")]
    # two commissions: "the commission" names neither; a commission inside a longer name is not "the commission"
    assert pairs("The European Commission and the Venice Commission met. Hungary accused the commission of bias.") == []
    assert pairs("Odinga's alliance filed a petition. Police killed 24 protesters, according to the Kenya National "
                 "Commission on Human Rights." + named) == []


def test_a_group_led_by_a_person_or_named_before_union_speaks_through_its_leader() -> None:
    text = ("The National Super Alliance (NASA), led by Raila Odinga, filed a petition. The Independent Electoral "
            "and Boundaries Commission (IEBC) announced the result. Odinga accused the IEBC of announcing figures early.")
    assert [(a.accuser, a.speaker) for a in read(text).accusations] == [("national-super-alliance", "Raila Odinga")]
    text = ("The CGT union said two million people took part. CGT leader Philippe Martinez accused the government "
            "of France of ignoring the will of the people.")
    assert [(a.accuser, a.accused, a.speaker) for a in read(text).accusations] == [("cgt", "FRA", "Philippe Martinez")]


def test_a_state_s_opposition_coalition_ties_it_to_no_one() -> None:
    assert ties("Kenya's opposition coalition on Friday filed a petition in the Supreme Court.") == []
    assert ties("Russia's alliance with Belarus is decades old.") == [{"RUS", "BLR"}]


def test_a_vote_called_a_wrong_charges_the_chamber_s_state_and_keeps_its_quotation_whole() -> None:
    text = ("Israel's parliament on Monday passed a law curbing the Supreme Court. Opposition leader Yair Lapid "
            'called the vote "a complete takeover of the government by an extremist minority".')
    assert accusations(text) == [
        ("yair-lapid", "ISR", 'the vote "a complete takeover of the government by an extremist minority"')]



def test_a_protest_or_student_leader_speaks_for_no_state() -> None:
    for title in ("Protest leader", "Student leader"):
        assert pairs(f"Thai police fired water cannon. {title} Parit Chiwarak accused the government of using "
                     "violence against unarmed students.") == [("parit-chiwarak", "THA")]


def test_someone_s_unnamed_allies_tie_no_one() -> None:
    assert ties("Vizcarra said lawmakers had tried to pack the Constitutional Tribunal with their allies.") == []
    assert ties("The US said Britain was one of its closest allies.") == [{"GBR", "USA"}]
    assert ties("Belgrade and its ally Moscow condemned the vote.") == [{"SRB", "RUS"}]


def test_praising_another_s_role_as_a_peacemaker_and_hosting_donor_conferences_mediate_nothing() -> None:
    assert mediators("Kuwait's emir tried to mediate between Qatar and Saudi Arabia. US President Donald Trump "
                     "called him a great friend and praised his role as a peacemaker.") == ["KWT"]
    assert mediators("Kuwait hosted a donor conference for Syria.") == []
    assert mediators("Kuwait hosted a peace conference on Yemen.") == ["KWT"]


def test_a_sentence_about_him_is_about_the_one_he_stands_for_before_its_clauses_subjects() -> None:
    text = ("Kuwait's emir, Sheikh Sabah, died on Tuesday. He tried to mediate in the dispute between Qatar and "
            "its neighbours Saudi Arabia and Bahrain, which accused it of supporting terrorism. He also hosted talks "
            "on Yemen and kept close ties with Washington.")
    assert mediators(text) == ["KWT"]  # (the talks had been Saudi Arabia's, the first subject of the sentence before)
    # a second verb's close ties are its first verb's subject's
    assert ties("Kuwait hosted donor conferences for Syria and kept close ties with Washington.") == [{"KWT", "USA"}]


def test_an_act_a_relative_clause_calls_a_violation_is_the_doer_s_though_hung_on_a_group() -> None:
    assert accusations("Turkey said its jets had struck camps of the PKK inside Iraq, which Baghdad condemned as "
                       "a flagrant violation of its sovereignty.") == [
        ("IRQ", "TUR", "a flagrant violation of its sovereignty")]
    # a group called a terrorist group is still the group
    assert pairs("Hamas, which Israel condemned as a terrorist group, denied the charge.") == [("ISR", "hamas")]


def test_a_partnership_declared_days_before_an_event_ties_its_declarers() -> None:
    # the small parser hangs the object on "days" ("a partnership days before ...")
    assert ties('Chinese President Xi Jinping and Russian President Vladimir Putin declared a "no limits" partnership '
                "weeks before the Olympics.") == [{"CHN", "RUS"}]


def test_a_report_of_one_s_own_act_on_someone_who_did_a_wrong_charges_whom_they_belong_to() -> None:
    assert accusations("Pakistan's army said it had killed five militants who had attacked a checkpoint in North "
                       "Waziristan.") == [("PAK", "militants", "had attacked a checkpoint in North Waziristan")]
    assert pairs("The Israeli military said it had killed a Hezbollah commander who was responsible for rocket "
                 "attacks on northern Israel.") == [("ISR", "hezbollah")]
    # one who did no wrong is charged with nothing
    assert pairs("Kenya said it had arrested a man who had helped flood victims.") == []


def test_its_joint_drills_in_what_the_accuser_called_provocations_are_the_accused_s() -> None:
    assert ties("North Korea denounced the United States for what it called reckless provocations during its joint "
                "drills with Japan.") == [{"USA", "JPN"}]
    assert ties("South Korea and the United States began their joint drills on Monday.") == [{"KOR", "USA"}]


def test_the_actors_of_a_clause_under_a_pact_are_its_members() -> None:
    assert ties("Under the treaty, Russia will defend Belarus if it is attacked.") == [{"RUS", "BLR"}]
    assert {"FRA", "DEU"} in ties("Under the defence pact, France and Germany will help Poland rebuild its air force.")
    assert ties("Under the peace accord, Armenia will withdraw its troops from the region.") == []
    # a clause naming one actor leaves the pact's own words to name its members
    assert ties("The Philippines said an attack on its ships would invoke US commitments under the two countries' "
                "1951 Mutual Defense Treaty.") == [{"PHL", "USA"}]


def test_a_one_word_company_named_again_and_acting_is_an_actor() -> None:
    text = ("The European Commission fined Apple 1.8 billion euros on Monday for abusing its dominance in music "
            "streaming. Apple said it would appeal. Apple had blocked rivals from telling users about cheaper offers.")
    assert accusations(text) == [("eu", "apple", "abusing its dominance in music streaming")]
    # a body's head word written with a capital names no company
    assert "army" not in read("The Army said it would act. The Army denied it.").inventory.actors


def test_the_price_of_not_complying_is_no_charge_of_its_own() -> None:
    text = ("The European Commission accused Meta of abusing its dominance. Meta denied it. The commission ordered "
            "Meta to end the practice within 60 days or face daily fines.")
    assert accusations(text) == [("eu", "meta", "abusing its dominance"), ("eu", "meta", "end the practice within 60 days")]


def test_a_judgment_named_long_after_it_was_given_is_the_one_court_s() -> None:
    text = ("Kenya's Supreme Court annulled the presidential election on Friday. Thousands celebrated in Kisumu. "
            "Police fired tear gas in Nairobi. The electoral commission said it would respect the decision. "
            "Kenyatta's Jubilee Party called the judgment a travesty.")
    assert accusations(text) == [("jubilee-party", "supreme-court", "a travesty")]
    text = ("A court in Minsk sentenced three activists to prison for organising protests. Human Rights Watch said "
            "the sedition convictions were a threat to free speech.")
    assert ("human-rights-watch", "BLR", "were a threat to free speech") in accusations(text)


def test_a_verdict_denounced_as_something_is_charged_with_that_not_with_the_next_act() -> None:
    text = ('A court in Ankara convicted ten journalists of terrorism on Monday. The Turkish Journalists Association '
            'condemned the verdict as "an attack on press freedom" and called for the release of the reporters.')
    assert accusations(text) == [("TUR", "ten-journalists", "terrorism"),  # the court's, penalised people a side
                                 ("turkish-journalists-association", "TUR", "an attack on press freedom")]


def test_a_report_acted_over_is_not_its_actor_s() -> None:
    assert pairs("Australian Federal Police raided the offices of the broadcaster on Wednesday over a 2017 report "
                 "alleging misconduct by special forces in Afghanistan.") == []


def test_a_gerund_read_as_a_noun_keeps_its_object_and_purpose() -> None:
    text = ("President Donald Trump spoke on Monday. Democrats accuse Trump of withholding nearly $400 million in "
            "military aid to pressure Ukraine's president into announcing investigations into his political rival.")
    assert accusations(text) == [("democrats", "donald-trump", "withholding nearly $400 million in military aid to "
                                  "pressure Ukraine's president into announcing investigations into his political rival")]


def test_an_office_is_no_crowd_s() -> None:
    assert pairs("Police arrested hundreds of protesters in Lagos. The governor called the protesters criminals, "
                 "drawing criticism from opposition leaders.") == []
    text = ("Protesters marched in Washington. President Donald Trump called the protesters thugs, drawing criticism "
            "from Democratic leaders.")
    assert ("democratic-leaders", "protesters") not in pairs(text)


def test_a_city_s_or_province_s_office_before_a_name_speaks_for_the_place() -> None:
    actors = {m.text: m.actor for m in read("Police in the United States arrested a man. Minneapolis Mayor Jacob "
                                             "Frey said the city would investigate.").inventory.mentions}
    assert actors["Jacob Frey"] == actors["Minneapolis"] != "USA"


def test_a_regional_president_does_not_speak_for_the_state() -> None:
    text = ("Iraq's Supreme Federal Court ruled the referendum unconstitutional. Kurdish regional president Masoud "
            "Barzani called the ruling a betrayal of the constitution.")
    assert pairs(text) == [("masoud-barzani", "supreme-federal-court")]


def test_a_state_one_leaves_for_is_a_place_not_the_minister_s_state() -> None:
    text = ("Thousands of doctors in Nigeria went on strike. Many doctors were leaving for Britain because of low "
            "pay. Health Minister Osagie Ehanire said the union's demands were unaffordable.")
    assert {m.text: m.actor for m in read(text).inventory.mentions}["Osagie Ehanire"] != "GBR"


def test_a_known_person_titled_by_another_state_speaks_for_that_state() -> None:
    mentions = {m.text: m.actor for m in read("The Netherlands' prime minister Mark Rutte said Hungary had no place "
                                               "in the European Union.").inventory.mentions}
    assert mentions["Mark Rutte"] == "NLD"
    assert {m.text: m.actor for m in read("Mark Rutte said Russia was a threat.").inventory.mentions}["Mark Rutte"] \
        == "nato"


def test_a_state_s_own_leader_penalised_by_its_police_is_the_person() -> None:
    assert accusations("British Prime Minister Boris Johnson was fined by police on Tuesday for attending a birthday "
                       "party held in Downing Street during the lockdown.") == [
        ("GBR", "boris-johnson", "attending a birthday party held in Downing Street during the lockdown")]
    assert pairs("Russian opposition leader Alexei Navalny was fined by police on Tuesday for organising a protest in "
                 "Moscow.") == [("RUS", "alexei-navalny")]


def test_discriminating_is_a_wrong_and_hitting_back_at_someone_charges_them() -> None:
    assert pairs("Hungary passed a law on Tuesday. The European Union said the law discriminated against gay "
                 "people.") == [("eu", "HUN")]
    assert accusations("China hit back at the United States on Friday for imposing tariffs on Chinese goods.") == [
        ("CHN", "USA", "imposing tariffs on Chinese goods")]


def test_a_suit_s_charge_is_not_taken_from_inside_the_accusing_clause() -> None:
    text = ("The Justice Department sued Google on Tuesday, accusing the company of illegally maintaining a monopoly "
            "over internet search and search advertising. Google denied it. Google said it would appeal.")
    assert accusations(text) == [("USA", "google", "illegally maintaining a monopoly over internet search and search "
                                                   "advertising")]


def test_no_treaty_or_a_treaty_of_law_is_no_alliance() -> None:
    assert ties("Lebanon, which has no extradition treaty with Japan, said Ghosn had entered the country "
                "legally.") == []
    assert ties("Lebanon has an extradition treaty with Japan.") == []
    assert ties("Armenia has no defence treaty with Turkey.") == []
    assert ties("Armenia has a defence treaty with Russia.") == [{"ARM", "RUS"}]


def test_an_act_named_by_a_noun_of_another_stem_is_its_doer_s() -> None:
    assert pairs("President Kais Saied sacked the prime minister on Sunday. The Ennahda party said the dismissal was "
                 "unconstitutional.") == [("ennahda", "TUN")]


def test_a_family_name_alone_is_the_one_named_first_with_it() -> None:
    text = ("Police shot dead Usman Khan after he stabbed two people on London Bridge. Mayor of London Sadiq Khan "
            "praised the bystanders. Khan had been convicted of terrorism offences in 2012.")
    assert {m.text: m.actor for m in read(text).inventory.mentions}["Khan"] == "usman-khan"
    text = ("North Korean leader Kim Jong Un inspected a missile launch on Friday. His sister Kim Yo Jong attended. "
            "Kim said the United States was preparing for war.")
    assert {m.text: m.actor for m in read(text).inventory.mentions}["Kim"] == "PRK"


def test_a_party_s_leader_by_its_adjective_speaks_for_the_party() -> None:
    text = ("Senate Democratic leader Chuck Schumer accused McConnell of planning a cover-up. Republican leader Mitch "
            "McConnell denied it.")
    assert pairs(text) == [("democrats", "republicans")]


def test_a_state_s_own_office_charging_its_leader_in_words_charges_no_one() -> None:
    # only a penalty (`test_a_state_s_own_leader_penalised_by_its_police_is_the_person`) names the person
    assert pairs("Canadian Prime Minister Justin Trudeau violated federal ethics rules, Canada's ethics commissioner "
                 "said on Wednesday.") == []
    assert pairs("Ukraine's military said President Volodymyr Zelensky had ordered troops to strike Russian "
                 "positions.") == []


def test_a_statement_named_again_is_the_one_who_issued_it() -> None:
    assert pairs("Mexico issued a statement on Monday. Peru condemned the statement as interference in its internal "
                 "affairs.") == [("PER", "MEX")]


def test_a_decision_named_long_after_the_lead_is_the_lead_s_act() -> None:
    text = ("India's government revoked the special status of Jammu and Kashmir on Monday. Home Minister Amit Shah "
            "told parliament the article had held back the region. Thousands of extra troops were deployed. Former "
            "chief ministers were placed under house arrest. Pakistan condemned the decision as illegal.")
    assert pairs(text) == [("PAK", "IND")]


def test_refusing_to_condemn_is_no_charge_but_refusing_one_thing_and_accusing_is() -> None:
    assert pairs("President Donald Trump refused to condemn QAnon, a conspiracy theory, saying he knew nothing about "
                 "it.") == []
    assert pairs("Russia refused to accept the charges and accused Ukraine of staging the attack.") == [("RUS", "UKR")]
    assert pairs("Amnesty said Kenya had refused to release the prisoners.") == [("amnesty-international", "KEN")]


def test_the_trial_called_a_farce_is_the_court_s_and_what_a_court_finds_charges_the_person() -> None:
    text = ('Ecuador\'s National Court of Justice sentenced former president Rafael Correa to eight years in prison '
            'for corruption. Correa called the trial "a farce."')
    assert accusations(text) == [("national-court-of-justice", "rafael-correa", "corruption"),
                                 ("rafael-correa", "national-court-of-justice", "a farce")]
    text = ("Ecuador's National Court of Justice sentenced former president Rafael Correa to eight years in prison. "
            "The court found that Correa had run a bribery scheme through his Alianza PAIS party.")
    assert ("national-court-of-justice", "rafael-correa") in pairs(text)


def test_lawyers_speak_for_their_clients() -> None:
    text = ("Zimbabwe's High Court ruled that the army's intervention was lawful. Lawyers for the activists accused the "
            "court of legitimising a coup.")
    assert accusations(text) == [("activists", "high-court", "legitimising a coup")]


def test_a_state_is_no_ally_of_its_own_ruling_party() -> None:
    text = ("Poland's ruling Law and Justice party passed a law on judges. President Andrzej Duda, an ally of the "
            "ruling party, is expected to sign the bill.")
    assert ties(text) == []


def test_joint_accusers_of_an_act_they_name_do_not_accuse_each_other() -> None:
    assert pairs("Russia and Venezuela condemned what they called a coup.") == []
    assert pairs("Russia launched what Kyiv called a terrorist attack.") == [("UKR", "RUS")]


def test_a_body_named_with_a_hyphened_state_word_and_a_head_before_on_is_its_own() -> None:
    text = ("The Inter-American Commission on Human Rights documented more than 300 deaths. Its report accused "
            "Nicaraguan police of extrajudicial killings and torture.")
    assert pairs(text) == [("inter-american-commission-on-human-rights", "NIC")]


def test_a_body_described_then_named_is_an_actor_and_the_commission_after_it() -> None:
    text = ("Guatemala's president said he would not renew the mandate of the anti-corruption commission known as "
            "CICIG. He accused the commission of selective prosecution.")
    assert pairs(text) == [("GTM", "cicig")]


def test_an_annual_meeting_organised_by_a_think_tank_is_no_mediation() -> None:
    assert mediators("The annual meeting of defence ministers was organised by the International Institute for "
                     "Strategic Studies.") == []
    assert mediators("Talks between Armenia and Azerbaijan were organised by the European Union.") == ["eu"]


def test_a_court_named_with_its_head_before_of_is_an_actor() -> None:
    text = ("In March a ruling of the Court of Appeals held that Meridian Freight's contracts with the port "
            "authority were unlawful.")
    assert "Court of Appeals" in {a.name for a in read(text).inventory.actors.values()}


def test_a_ruling_reported_is_no_accuser_of_the_sayer_s_next_charge() -> None:
    text = ("Thailand's Constitutional Court dissolved the opposition Future Forward Party, the largest in Thailand "
            "after the ruling party. Human Rights Watch said the ruling was a blow to democracy and accused the "
            "government of using the courts to silence critics.")
    assert pairs(text) == [("human-rights-watch", "THA")]


def test_naming_someone_a_suspect_charges_them() -> None:
    assert pairs("Indonesian police named Joko Santoso a suspect in a blasphemy case.") == [("IDN", "joko-santoso")]


def test_a_penalty_s_reason_hung_on_the_last_of_those_penalised() -> None:
    text = ("Last week the United States sanctioned Nicaragua's vice-president Rosario Murillo and ten other "
            "officials for undermining the country's democracy under the security law imposed by Managua.")
    assert pairs(text) == [("USA", "NIC")]


def test_referring_someone_to_trial_on_charges_charges_them() -> None:
    assert pairs("Egypt's public prosecutor on Monday referred former President Mohamed Morsi and 14 others to trial "
                 "on charges of inciting the killing of protesters.") == [("EGY", "mohamed-morsi")]
    assert pairs("Kenya referred the dispute to the African Union.") == []


def test_the_fund_is_the_one_fund_named() -> None:
    text = ("Prime Minister Benjamin Netanyahu accused the New Israel Fund, a liberal group, of funding the campaign "
            "against the deportations. The fund rejected the accusation and said Netanyahu was inciting against civil "
            "society.")
    assert pairs(text) == [("ISR", "new-israel-fund"), ("new-israel-fund", "ISR")]


def test_a_state_s_spy_plotting_a_wrong_is_the_state_s() -> None:
    assert pairs("Ukraine's security service said it had detained a Russian spy who was plotting to kill the "
                 "president.") == [("UKR", "RUS")]


def test_an_opposition_leader_charged_by_name_after_a_comma_is_the_person() -> None:
    text = ("Zambia's main opposition leader, Hakainde Hichilema, was charged with treason on Tuesday after his "
            "convoy refused to give way to President Edgar Lungu's motorcade. His United Party for National "
            "Development called the charges trumped up.")
    assert ("ZMB", "hakainde-hichilema") in pairs(text)


def test_support_withheld_or_suspended_is_no_tie() -> None:
    assert ties("The United States suspended military aid to Ukraine.") == []
    assert ties("Democrats accuse the president of withholding nearly $400 million in military aid to Ukraine.") == []
    assert ties("The United States sent military aid to Ukraine.") == [{"USA", "UKR"}]


def test_private_people_penalised_are_a_side_not_the_state_they_come_from() -> None:
    assert accusations("Iran charged three American hikers with espionage after they crossed the border from "
                       "Iraq.") == [("IRN", "american-hikers", "espionage")]
    assert accusations("Three American hikers were charged with espionage by Iran after crossing the border from "
                       "Iraq.") == [("IRN", "american-hikers", "espionage")]
    text = ("Two Danish engineers arrested in Eritrea for espionage appeared in court on Monday. The freelance "
            "engineers were detained in March near the border.")
    assert accusations(text) == [("ERI", "danish-engineers", "espionage")]
    assert "freelance engineers" not in {a.name for a in read(text).inventory.actors.values()}  # the same people


def test_people_described_are_no_go_between() -> None:
    text = ("Ethiopia jailed two Swedish journalists accused of terrorism. Anna Berg, a reporter who is acting as "
            "facilitator of the Swedish journalists, says the claim is wrong.")
    assert "swedish-journalists" not in mediators(text)


def test_the_charge_of_a_penalty_is_not_when_it_came() -> None:
    assert accusations("Russia charged two Estonian officials with spying after they crossed into Pskov.") \
        == [("RUS", "EST", "spying")]
    assert accusations("A court in Minsk jailed 12 men for life on Tuesday.") == []  # how long, not what for


def test_being_critical_of_one_described_after_a_comma_charges_the_description() -> None:
    assert accusations("Zambian delegate John Banda was critical of Norway, the lone voice against the ban on "
                       "landmines.") == [("ZMB", "NOR", "the lone voice against the ban on landmines")]


def test_singling_out_for_criticism_charges_what_is_said_alongside() -> None:
    assert accusations("Senator Maria Lopez singled out Governor Tom Reed for criticism, saying he had misled voters "
                       "about the budget.") == [("maria-lopez", "tom-reed", "he had misled voters about the budget")]


def test_an_apology_demanded_charges_the_one_who_should_apologise() -> None:
    assert accusations("Turkey demanded an apology from France for the remarks of its president.") \
        == [("TUR", "FRA", "the remarks of its president")]
    assert accusations("China demanded that Japan apologise for the wartime atrocities.") \
        == [("CHN", "JPN", "the wartime atrocities")]
    assert ("GRC", "TUR") not in pairs("Greece demanded an apology from Turkey for statements accusing Athens of "
                                       "harbouring coup plotters.")  # the statements charge, not the demand


def test_ties_cut_over_the_other_side_s_own_conduct_charge_it() -> None:
    assert accusations("Morocco cut diplomatic ties with Iran over its support for the Polisario Front.") \
        == [("MAR", "IRN", "its support for the Polisario Front")]
    assert pairs("Bolivia cut diplomatic ties with Israel over this issue.") == []


def test_support_others_say_of_a_passive_subject_is_alleged() -> None:
    reading = read("Rwanda is widely believed to back the M23 rebels in eastern Congo.")
    assert [(set(t.members), t.kind) for t in reading.ties] == [({"RWA", "m23"}, "alleged_involvement")]


def test_a_defence_agreement_is_a_pact_a_trade_deal_is_not() -> None:
    reading = read("Russia and North Korea signed a mutual defence agreement in Pyongyang.")
    assert [(set(t.members), t.kind) for t in reading.ties] == [({"RUS", "PRK"}, "military_treaty")]
    assert ties("Israel and the United Arab Emirates signed a trade deal.") == []


def test_a_resignation_sought_over_the_one_s_own_conduct_charges_them() -> None:
    text = ("Opposition senators called for the resignation of Interior Minister Carla Mendes over her false "
            "testimony to the committee. Mendes denied any wrongdoing.")
    assert [(b, c) for _, b, c in accusations(text)] == [("carla-mendes", "her false testimony to the committee")]
    assert pairs("Opposition senators called for the resignation of Interior Minister Carla Mendes over the "
                 "economy.") == []


def test_the_opposition_is_the_one_party_called_so_even_one_the_parser_took_for_a_person() -> None:
    text = ("Thousands marched in Manama on Friday. Police fired tear gas at the crowd, and the opposition said dozens "
            "were hurt. The dispute is between the opposition Al Islah and the royal court.")
    names = {a.name for a in read(text).inventory.actors.values()}
    assert "Al Islah" in names and "opposition" not in names


def test_a_company_sued_is_a_side_and_the_drugmaker_is_that_company() -> None:
    text = ("Ohio sued Purdue Pharma on Monday, accusing the drugmaker of fuelling the opioid epidemic with misleading "
            "marketing.")
    assert accusations(text) == [("ohio", "purdue-pharma", "fuelling the opioid epidemic with misleading marketing")]


def test_the_one_fined_a_sum_is_the_one_fined_not_the_sum() -> None:
    text = ("The European Commission fined Google 2.4 billion euros for abusing its dominance in online search. "
            "Google said it would appeal.")
    assert accusations(text) == [("eu", "google", "abusing its dominance in online search")]


def test_a_province_challenging_a_law_in_court_is_a_side() -> None:
    text = "Alberta challenged the federal carbon tax in court, arguing that Ottawa had overstepped its powers."
    assert accusations(text) == [("alberta", "CAN", "had overstepped its powers")]


def test_a_capital_naming_a_pact_names_no_state() -> None:
    text = "The International Court of Justice ruled that Pakistan had violated the Vienna Convention."
    assert "AUT" not in read(text).inventory.actors
    assert pairs("Vienna said Budapest had breached the rules.") == [("AUT", "HUN")]


def test_an_investigation_into_someone_for_a_wrong_charges_them() -> None:
    text = ("Peru's Constitutional Court opened an investigation into President Pedro Castillo for allegedly "
            "obstructing justice. Castillo denied the claim.")
    assert accusations(text) == [("constitutional-court", "pedro-castillo", "allegedly obstructing justice")]
    assert pairs("Peru's Constitutional Court opened an investigation into President Pedro Castillo for the second "
                 "time.") == []


def test_the_doer_of_a_reported_wrong_is_a_side_though_named_once() -> None:
    assert accusations("Lawyers for Greenpeace argued that Shell Oil had failed to cut its emissions.") \
        == [("greenpeace", "shell-oil", "had failed to cut its emissions")]


def test_who_filed_a_lawsuit_accuses_through_it() -> None:
    assert pairs("The lawsuit, filed by the Sierra Club, accuses the Environmental Protection Agency of ignoring "
                 "scientific evidence.") == [("sierra-club", "environmental-protection-agency")]


def test_a_case_filed_against_someone_is_a_charge_where_the_parser_hangs_against_on_the_verb() -> None:
    assert accusations("Ohio filed a lawsuit against Norfolk Southern, accusing the railroad of polluting the "
                       "state's air and water.") == [("ohio", "norfolk-southern", "polluting the state's air and water")]
    assert accusations("The attorney general of Texas filed a lawsuit against Pfizer, claiming the drugmaker had "
                       "misrepresented its vaccine's efficacy.") \
        == [("texas", "pfizer", "the drugmaker had misrepresented its vaccine's efficacy")]


def test_a_company_described_by_what_it_makes_is_the_company_named() -> None:
    text = ("The European Commission on Monday fined Apple 1.8 billion euros, accusing the iPhone maker of abusing "
            "its dominant position. The Swedish company Spotify welcomed the fine.")
    assert accusations(text) == [("eu", "apple", "abusing its dominant position")]
    place = ("Gunmen attacked a police station in Karachi. An officer at the Nazimabad police station said the "
             "attackers came on a motorcycle. The Associated Press said the city has long been violent.")
    assert not [m for m in read(place).inventory.mentions if m.text.endswith("police station")]


def test_a_chamber_holds_no_governor() -> None:
    assert accusations("The Senate voted to acquit the governor, whom the House had impeached for abuse of "
                       "power.") == []


def test_a_participle_after_the_charge_is_the_accuser_s_act_not_a_second_charge() -> None:
    assert accusations("The Greek prime minister took aim at Turkey, accusing Ankara of weaponising migrants.") \
        == [("GRC", "TUR", "weaponising migrants")]
    assert accusations("Mexican President Andres Manuel Lopez Obrador on Thursday accused the Supreme Court of "
                       "protecting corrupt officials, escalating his feud with the judiciary.") \
        == [("MEX", "supreme-court", "protecting corrupt officials")]
    listed = [c for _, _, c in accusations("Iran accused Israel of killing scientists, bombing sites and "
                                           "sabotaging centrifuges.")]  # a list is still charges of their own
    assert listed[0] == "killing scientists" and any(c.startswith("bombing sites") for c in listed[1:])


def test_a_legislator_charging_a_domestic_side_is_a_person_of_their_own() -> None:
    text = ("The Philippine Senate opened an inquiry into the killings. Senator Risa Hontiveros accused former "
            "President Rodrigo Duterte of ordering police to kill suspects. The Philippine government said it "
            "would not cooperate.")
    assert pairs(text) == [("risa-hontiveros", "rodrigo-duterte")]


def test_backing_ties_someone_who_acts_for_no_one() -> None:
    assert ties("Egypt has backed Khalifa Haftar.") == [{"EGY", "khalifa-haftar"}]
    assert ties("Senator Lindsey Graham, a close ally of the president, defended the decision.") == []


def test_a_definite_name_of_several_words_that_accuses_is_a_side() -> None:
    assert accusations("The Economic Freedom Fighters accused the ANC of corruption.") \
        == [("economic-freedom-fighters", "anc", "corruption")]
    assert pairs("The Foreign Ministry accused the ANC of corruption.") == []


def test_a_side_between_which_and_another_is_mediated_is_no_mediator() -> None:
    text = ("Niger's junta expelled the French ambassador. ECOWAS has threatened military intervention. Algeria, "
            "which borders Niger, offered to mediate between the junta and ECOWAS.")
    assert mediators(text) == ["DZA"]


def test_a_party_dissolved_for_a_stated_wrong_is_charged_with_it() -> None:
    text = ("Thailand's Constitutional Court on Wednesday dissolved the opposition Move Forward Party, ruling that "
            "its campaign amounted to an attempt to overthrow the monarchy.")
    assert accusations(text) == [("constitutional-court", "move-forward-party",
                                  "its campaign amounted to an attempt to overthrow the monarchy")]
    assert pairs("The prime minister dissolved parliament on Monday.") == []


def test_a_court_named_by_its_state_s_demonym_is_the_one_court_named() -> None:
    text = ("Thai court dissolves opposition party\n\nThailand's Constitutional Court on Wednesday dissolved the "
            "opposition Move Forward Party.")
    assert read(text).inventory.courts == ["constitutional-court"]


def test_a_person_s_foundation_speaks_for_them() -> None:
    text = ("South Africa's Constitutional Court sentenced former President Jacob Zuma to 15 months in prison for "
            "contempt of court. Zuma's foundation accused the judges of bias.")
    assert ("jacob-zuma", "constitutional-court", "bias") in accusations(text)


def test_what_the_reported_ones_are_then_a_charge_is_the_sayer_s() -> None:
    text = ("A Kosovo police officer and three Serb gunmen were killed in a shootout at a monastery. Kosovo Prime "
            "Minister Albin Kurti said the attackers were professionals and accused Serbia of trying to annex the "
            "north of Kosovo.")
    assert ("XKX", "SRB", "trying to annex the north of Kosovo") in accusations(text)
    assert [a for a, _, _ in accusations(text) if a != "XKX"] == []


def test_names_for_people_that_charge_them() -> None:
    assert accusations("Russia said the Ukrainians were provocateurs.") == [("RUS", "UKR", "were provocateurs")]


def test_a_thing_criticised_is_charged_with_what_its_critic_says_of_it() -> None:
    assert accusations("France criticised Italy for the decision, saying Rome had broken EU rules.") \
        == [("FRA", "ITA", "Rome had broken EU rules")]
    assert accusations("France criticised Italy for the decision.") == [("FRA", "ITA", "the decision")]


def test_a_role_in_a_wrong_is_a_wrong_but_not_a_role_in_a_war_on_one() -> None:
    assert accusations("Turkey says Fethullah Gulen played a major role in the failed coup.") \
        == [("TUR", "fethullah-gulen", "played a major role in the failed coup")]
    assert accusations("Washington said Turkey is playing a critical role in the war on terror.") == []


def test_a_relative_clause_with_no_whom_charges_its_noun() -> None:
    assert accusations("Kenya expelled two Ugandan diplomats it accused of spying.") == [("KEN", "UGA", "spying")]


def test_agents_a_state_sends_stand_for_it() -> None:
    assert accusations("The Netherlands expelled four Russian agents, accusing them of trying to hack the "
                       "watchdog.") == [("NLD", "RUS", "trying to hack the watchdog")]


def test_a_wrong_the_sayer_reports_of_its_own_act_is_the_other_s_act_alone() -> None:
    assert accusations("Azerbaijan said its forces were responding to Armenian shelling.") \
        == [("AZE", "ARM", "Armenian shelling")]


def test_a_label_the_parser_reads_as_the_end_of_a_place_s_name_is_a_label() -> None:
    assert pairs("Amnesty International has called Israel's actions in Gaza \"genocide\".") \
        == [("amnesty-international", "ISR")]


def test_a_company_named_once_as_the_one_sued_or_fined_is_a_side() -> None:
    assert accusations("Google was fined by the European Commission for abusing its dominance.") \
        == [("eu", "google", "abusing its dominance")]
    assert accusations("Boeing was sued by the families of crash victims, who accused the planemaker of putting "
                       "profits before safety.") == [("families", "boeing", "putting profits before safety")]


def test_its_after_a_person_is_the_organisation_named_before_it() -> None:
    assert accusations("Letitia James sued the National Rifle Association, accusing its leaders of diverting "
                       "millions of dollars.") \
        == [("letitia-james", "national-rifle-association", "diverting millions of dollars")]


def test_the_group_charged_is_the_organisation_named_before_it() -> None:
    assert accusations("Letitia James sued the National Rifle Association, accusing the group of diverting "
                       "millions of dollars.") \
        == [("letitia-james", "national-rifle-association", "diverting millions of dollars")]


def test_the_last_words_of_a_full_name_name_the_same_person() -> None:
    text = ("Mexican president criticises judges\n\nMexico's President Andres Manuel Lopez Obrador on Monday "
            "criticised the country's judges. Lopez Obrador said the judges were protecting criminals.")
    forms = read(text).inventory.forms
    assert forms[("lopez", "obrador")].actor == forms[("andres", "manuel", "lopez", "obrador")].actor


def test_a_conviction_states_the_offence_tried() -> None:
    assert accusations("The Supreme Court of Guatemala convicted Jose Ruben Zamora of money laundering.") \
        == [("supreme-court-of-guatemala", "jose-ruben-zamora", "money laundering")]


def test_a_mission_sent_to_mediate_is_its_sender_mediating() -> None:
    found = {m.mediator for m in read("Kenya dispatched a delegation to broker a truce between the government of "
                                      "South Sudan and the SPLM-IO rebels.").mediations}
    assert found == {"KEN"}
    assert read("The UN sent a team to investigate the attack on the convoy.").mediations == []


def test_a_charge_said_in_a_participle_is_what_is_said_not_the_saying() -> None:
    assert accusations("Mexico accused the United States of interference, saying its agents were spying on "
                       "officials.") == [("MEX", "USA", "interference")]
    found = accusations("Venezuela lashed out at the United States, saying its diplomats were plotting a coup.")
    assert found == [("VEN", "USA", "its diplomats were plotting a coup")]


def test_a_chamber_s_name_inside_a_party_s_name_is_no_chamber() -> None:
    text = "The ruling African National Congress formed an alliance with the Democratic Alliance."
    reading = read(text)
    assert "national-congress" not in {m.actor for m in reading.inventory.mentions}
    assert {frozenset(t.members) for t in reading.ties} == {frozenset({"anc", "democratic-alliance"})}
    assert reading.inventory.kind_of("anc") == "political_group"


def test_a_ruling_party_named_with_its_state_speaks_for_itself() -> None:
    assert accusations("Nigeria's ruling All Progressives Congress accused the opposition Peoples Democratic Party "
                       "of plotting violence.") \
        == [("all-progressives-congress", "peoples-democratic-party", "plotting violence")]


def test_the_government_of_a_state_of_a_federation_is_that_state_s() -> None:
    text = ("Kerala sues India's government\n\nThe government of the southern Indian state of Kerala filed a lawsuit "
            "against the central government in the Supreme Court on Wednesday, accusing it of withholding funds owed "
            "to the state. India's finance ministry said the limits applied to all states.")
    assert ("kerala", "IND", "withholding funds owed to the state") in accusations(text)


def test_a_label_the_parser_hangs_on_the_act_as_its_object_is_a_label() -> None:
    assert pairs("Japan called China's move a violation of international law.") == [("JPN", "CHN")]


def test_a_verdict_on_someone_described_first_is_on_them() -> None:
    assert accusations("A Brazilian court found businessman Eike Batista guilty of insider trading.") \
        == [("BRA", "eike-batista", "insider trading")]


def test_a_penalty_asked_for_by_its_noun_with_its_charge_is_a_charge() -> None:
    assert accusations("An Argentine judge ordered the arrest of former President Cristina Fernandez de Kirchner on "
                       "treason charges.") == [("ARG", "cristina-fernandez-de-kirchner", "on treason charges")]
    assert accusations("An Argentine judge issued an arrest warrant for Cristina Fernandez de Kirchner on charges "
                       "of treason.") == [("ARG", "cristina-fernandez-de-kirchner", "on charges of treason")]
    assert accusations("An Argentine judge ordered the release of Cristina Fernandez de Kirchner on bail.") == []
    assert accusations("The judge ordered the arrest of Julian Assange.") == []


def test_the_government_is_the_one_state_named_before_it() -> None:
    assert accusations("Al-Shabaab attacked a base in Somalia. The government accused the group of killing "
                       "civilians.") == [("SOM", "al-shabaab", "killing civilians")]
    assert ("SOM", "al-shabaab", "killing civilians") not in accusations(  # two named: not this rule's to say
        "Kenya said al-Shabaab attacked a base in Somalia. The government accused the group of killing civilians.")


def test_a_bloc_only_sought_is_no_tie() -> None:
    assert read("The European Union warned that the law would hurt Georgia's bid to join the bloc.").ties == []
    assert {frozenset(t.members) for t in read("Finland joined NATO in April.").ties} == {frozenset({"FIN", "nato"})}


def test_sending_others_to_do_a_wrong_is_a_wrong() -> None:
    assert accusations("The BNP said the ruling Awami League had sent its own supporters to attack the rally.") \
        == [("bnp", "awami-league", "had sent its own supporters to attack the rally")]
    assert accusations("Kenya said it had sent troops to protect civilians in Somalia.") == []


def test_offering_to_act_as_mediator_is_mediating_declining_is_not() -> None:
    offered = read("The Vatican offered to act as mediator in the dispute between Chile and Bolivia.")
    assert [m.mediator for m in offered.mediations] == ["VAT"]
    assert read("The Vatican declined to act as mediator in the dispute between Chile and Bolivia.").mediations == []


def test_a_head_of_state_against_their_own_government_charges_it_as_a_person() -> None:
    assert accusations("Georgia's President Salome Zourabichvili, a fierce critic of the government, accused the "
                       "police of brutality against protesters.") \
        == [("salome-zourabichvili", "GEO", "brutality against protesters")]
    assert accusations("Georgia's President Salome Zourabichvili accused the police of brutality against "
                       "protesters.") == []


def test_the_attack_condemned_is_the_one_a_group_claimed() -> None:
    text = ("The Islamic State group claimed responsibility for a suicide bombing in Pakistan that killed 54 people. "
            "Pakistan's prime minister condemned the attack as an assault on democracy.")
    assert pairs(text) == [("PAK", "islamic-state")]
    assert pairs("Al-Shabaab denied responsibility for the bombing in Mogadishu. Somalia's president condemned the "
                 "attack.") == []


@pytest.mark.parametrize("sentence, allegation", [
    ("Germany upbraided Poland for blocking the EU budget.", "blocking the EU budget"),
    ("Greece hinted that Turkey had violated its airspace.", "had violated its airspace"),
    ("Ghana said Togo had covered up the killing.", "had covered up the killing"),
    ("Ghana said Togo had fabricated evidence.", "had fabricated evidence"),
])
def test_more_verbs_of_charging_and_of_wrongs(sentence: str, allegation: str) -> None:
    found = accusations(sentence)
    assert len(found) == 1 and found[0][2] == allegation


def test_a_side_s_ally_named_before_the_name_is_tied_to_it() -> None:
    assert {frozenset(t.members) for t in read("Russia's ally Belarus hosted the talks.").ties} \
        == {frozenset({"RUS", "BLR"})}
    assert {frozenset(t.members) for t in read("Iran's proxy Hezbollah fired rockets at Israel.").ties} \
        == {frozenset({"IRN", "hezbollah"})}
    assert read("The ally Belarus sent troops to the border.").ties == []


def test_leading_peace_efforts_between_two_sides_is_mediating() -> None:
    assert [m.mediator for m in read("Kenya is leading peace efforts between Congo and the M23 rebels.").mediations] \
        == ["KEN"]
    assert read("Congo has rejected peace efforts between its army and the M23 rebels.").mediations == []


def test_a_name_with_a_hyphenated_lower_case_given_name_is_a_person_named_later_by_the_first_word() -> None:
    text = ("South Korean prosecutors indicted former President Lee Myung-bak on charges of bribery. Lee accused South "
            "Korean prosecutors of a political vendetta.")
    assert pairs(text) == [("KOR", "lee-myung-bak"), ("lee-myung-bak", "KOR")]


def test_a_state_s_graft_agency_or_prosecutors_charging_its_own_official_charge_the_person() -> None:
    assert pairs("Malaysia's anti-graft agency charged former Prime Minister Najib Razak with money laundering.") == [
        ("MYS", "najib-razak")]
    assert pairs("Brazilian prosecutors accused Finance Minister Guido Mantega of taking bribes.") == [
        ("BRA", "guido-mantega")]
    # an intelligence agency is the state's, not the press
    assert pairs("Afghanistan's intelligence agency accused Pakistan of sheltering the Taliban.") == [("AFG", "PAK")]


def test_a_capital_inside_a_person_s_name_is_no_state() -> None:
    assert pairs("In the Philippines, police killed 20 people. Senator Leila de Lima, a fierce critic of President "
                 "Rodrigo Duterte, said the government had ordered the killings.") == [("leila-de-lima", "PHL")]
    assert pairs("Brazilian prosecutors accused former minister Geddel Vieira Lima of hiding cash in an "
                 "apartment.") == [("BRA", "geddel-vieira-lima")]


def test_a_capital_that_news_uses_for_another_place_or_a_person_names_no_state() -> None:
    assert [a for pair in pairs("Victorian Premier Daniel Andrews accused Prime Minister Scott Morrison of punishing "
                                "the state's voters.") for a in pair if a == "SYC"] == []
    assert pairs("Iran accused Britain of piracy. Douglas said Tehran had lied.") == [("IRN", "GBR")]


def test_the_commission_after_a_named_commission_on_something_is_that_commission() -> None:
    text = ("MANILA, Philippines — The Commission on Human Rights said on Tuesday that police officers had executed "
            "at least 20 drug suspects during raids in Manila last year.\n\nThe Philippine National Police denied "
            "the allegations. Its spokesman, Brigadier General Bernard Banac, said the officers had acted in "
            "self-defence and accused the commission of siding with criminals.")
    assert pairs(text) == [("commission-on-human-rights", "PHL"), ("PHL", "commission-on-human-rights")]


def test_a_name_a_party_noun_describes_in_apposition_is_a_party() -> None:
    text = (
        "JOHANNESBURG — South Africa's public protector, Busisiwe Mkhwebane, on Friday found that President "
        'Cyril Ramaphosa had misled parliament about a donation to his campaign, and referred the matter to '
        'the national director of public prosecutions.\n\nRamaphosa said he would challenge the report in '
        'court, calling it "fundamentally and irretrievably flawed". His spokesman, Khusela Diko, said the '
        'findings were "rationally unsound".\n\nThe opposition Democratic Alliance welcomed the report and '
        'accused the president of abusing his office. "Ramaphosa must now come clean," DA leader Mmusi '
        'Maimane told reporters in Cape Town.\n\nThe Economic Freedom Fighters, the second-largest opposition '
        'party, went further, demanding that the National Assembly open impeachment proceedings. EFF leader '
        'Julius Malema accused the ruling African National Congress of shielding the president from '
        'accountability.')
    assert ("economic-freedom-fighters", "anc") in pairs(text)


def test_an_honorific_before_a_surname_names_the_person_introduced_before() -> None:
    reading = read("DUBLIN — Health Minister Simon Harris survived a vote. Opening the debate, the Labour Party's "
                   "health spokeswoman, Louise O'Reilly, accused Mr Harris of presiding over failures.")
    assert "mr-harris" not in reading.inventory.actors  # "Mr Harris" is Simon Harris, no new person


def test_a_dateline_with_accented_capitals_is_no_subject() -> None:
    text = ("BOGOTÁ — Bogotá's mayor, Claudia López, accused the National Police on Friday of firing on "
            "protesters.")
    assert pairs(text) == [("claudia-lopez", "COL")]


def test_a_name_listed_with_people_s_names_is_a_person() -> None:
    text = ("The ombudsman charged Senators Juan Ponce Enrile, Jinggoy Estrada and Ramon Revilla Jr. with plunder. "
            "Estrada accused the Liberal Party of selective justice.")
    assert ("jinggoy-estrada", "liberal-party") in pairs(text)


def test_a_party_the_article_calls_ruling_and_its_unnamed_spokesman() -> None:
    text = ("Former president Chen Shui-bian rejected the charges. The ruling Kuomintang hit back. A party spokesman "
            "said Chen had plundered the public purse.")
    assert pairs(text) == [("kuomintang", "chen-shui-bian")]


def test_an_office_s_adjective_before_a_body_is_no_place_acting() -> None:
    assert read("The Special Investigation Division of the Supreme Prosecutors Office accused Chen Shui-bian of "
                "siphoning money.").inventory.actors.get("supreme") is None


def test_rallying_behind_or_striking_in_solidarity_with_someone_is_support() -> None:
    assert ties("The Peoples Democratic Party rallied behind Governor Nyesom Wike of Rivers State.") == [
        {"peoples-democratic-party", "nyesom-wike"}]
    assert ties("The Kenya Union of Clinical Officers joined the strike in solidarity with the Kenya Medical "
                "Practitioners Union.") == [{"kenya-union-of-clinical-officers", "kenya-medical-practitioners-union"}]


def test_the_publisher_is_the_company_the_article_names() -> None:
    text = ("SYDNEY — Treasurer Joe Hockey has won damages from Fairfax Media after the Federal Court ruled.\n\n"
            "Mr Hockey filed a suit against the publisher last May, alleging that its coverage painted him as a "
            "corrupt politician.")
    assert ("joe-hockey", "federal-court") not in pairs(text)
    assert ("joe-hockey", "fairfax-media") in pairs(text)


def test_the_bench_is_the_one_court_named() -> None:
    text = ("NEW DELHI — The Supreme Court on Friday struck down the law. Finance Minister Arun Jaitley accused the "
            "bench of undermining parliamentary sovereignty.")
    assert pairs(text) == [("IND", "supreme-court")]


def test_whom_the_accused_colluded_with_is_charged_too() -> None:
    assert pairs("Ukraine accused Belarus of conspiring with Russia to attack Kyiv.") == [("UKR", "BLR"), ("UKR", "RUS")]
    assert pairs("Opposition leader John Mahama said the Electoral Commission of Ghana had colluded with the ruling "
                 "New Patriotic Party to inflate his rival's figures.") == [
        ("john-mahama", "GHA"), ("john-mahama", "new-patriotic-party")]


def test_i_in_a_quote_is_its_speaker() -> None:
    lead = "OTTAWA — Conservative leader Andrew Scheer attacked the government on Monday. "
    assert accusations(lead + '"I accuse the Liberals of lying to Canadians," Scheer said.') == [
        ("conservatives", "liberals", "lying to Canadians")]
    assert accusations(lead + '"This is a disgrace," Scheer said. "I accuse the Liberals of lying to Canadians."') == [
        ("conservatives", "liberals", "lying to Canadians")]
    assert accusations("I accuse the Liberal Party of lying, a voter wrote.") == []  # no one the article names


def test_the_party_s_spokesman_speaks_for_the_party_the_sentence_before_is_about() -> None:
    text = ("HARARE — Zimbabwe's main opposition party, the Movement for Democratic Change, has blamed the ruling "
            "ZANU-PF for the killings.\n\nMDC leader Morgan Tsvangirai laid the blame for the attacks at the door of "
            "ZANU-PF militias. The party's spokesman, Nelson Chamisa, said the blame lay with President Robert Mugabe.")
    assert ("movement-for-democratic-change", "robert-mugabe") in pairs(text)
    assert {a for a, _ in pairs(text)} == {"movement-for-democratic-change"}


def test_a_party_name_the_parser_takes_for_a_place_is_a_party() -> None:
    text = ("OTTAWA — The leader of the Bloc Québécois, Yves-François Blanchet, on Monday accused the Liberal Party of "
            "betraying Quebec.")
    reading = read(text)
    assert reading.inventory.actors["bloc-quebecois"].kind == "political_group"
    assert pairs(text) == [("bloc-quebecois", "liberal-party")]


def test_a_name_set_beside_the_noun_for_what_it_is_names_an_actor_and_its_officer_speaks_for_it() -> None:
    text = ("LONDON — Calls for the leader to resign came from trade unions Unite and ASLEF. Unite general secretary "
            "Len McCluskey accused the Scottish Labour Party of betraying its voters.")
    reading = read(text)
    assert reading.inventory.actors["unite"].kind == "other"
    assert pairs(text) == [("unite", "scottish-labour-party")]
    assert reading.ties == []  # unions listed together are no union of them


def test_a_native_acronym_after_a_name_already_read_is_that_name_and_an_owner_before_it_is_no_part_of_it() -> None:
    text = ("ZAGREB — Croatian prosecutors opened an investigation into former prime minister Ivo Sanader and the ruling "
            "Croatian Democratic Union (HDZ), accusing them of siphoning money into a party fund. The HDZ denied it.")
    reading = read(text)
    assert "hdz" not in reading.inventory.actors and reading.inventory.actors["ivo-sanader"].kind == "person"
    assert {b for _, b in pairs(text)} == {"croatian-democratic-union", "ivo-sanader"}
    text = ("MEXICO CITY — Calderón's National Action Party (PAN) accused his rival of fraud. His Party of the "
            "Democratic Revolution (PRD) rejected the charge.")
    names = {info.name for info in read(text).inventory.actors.values()}
    assert {"National Action Party", "Party of the Democratic Revolution"} <= names


def test_a_charged_him_is_the_person_the_sentence_before_acted_on_and_so_is_the_he_of_the_charge() -> None:
    text = ("PHNOM PENH — Prime Minister Hun Sen last month called the paper's owners thieves. The closure came a day "
            "after police arrested Kem Sokha, the leader of the opposition Cambodia National Rescue Party, at his home. "
            "The government accused him of treason, saying he had conspired with the United States.")
    reading = read(text)
    assert pairs(text) == [("KHM", "cambodia-national-rescue-party")]
    assert [set(t.members) for t in reading.ties] == [{"cambodia-national-rescue-party", "USA"}]


def test_an_act_said_to_be_politically_motivated_charges_the_one_who_did_it() -> None:
    text = ("PHNOM PENH — Police arrested opposition leader Kem Sokha on Sunday. The Cambodia National Rescue Party "
            "said the arrest was politically motivated.")
    assert accusations(text) == [("cambodia-national-rescue-party", "KHM", "the arrest was politically motivated")]
    assert pairs("PHNOM PENH — Police arrested opposition leader Kem Sokha on Sunday. The Cambodia National Rescue "
                 "Party said the arrest was not politically motivated.") == []


def test_found_responsible_for_charges_the_one_found_not_whoever_did_the_wrong() -> None:
    assert accusations("SANTIAGO — The Senate found Andrés Chadwick responsible for abuses by police.") == [
        ("senate", "andres-chadwick", "abuses by police")]


def test_the_publisher_is_never_a_public_body_and_a_surname_accused_is_the_person_named_in_full() -> None:
    text = ("PHNOM PENH — The General Department of Taxation ordered the newspaper to pay. The publisher said the "
            "bill was a pretext.")
    assert "the publisher" not in {m.text.lower() for m in read(text).inventory.mentions}
    text = ("MEXICO CITY — Andrés Manuel López Obrador, the former mayor of the capital, said he would not concede. "
            "The National Action Party accused López Obrador of holding the capital hostage.")
    assert pairs(text) == [("national-action-party", "andres-manuel-lopez-obrador")]


def test_standing_by_or_joining_forces_with_someone_ties_them_a_person_too() -> None:
    text = ("ASUNCION — The Frente Guasú, the left-wing coalition that stood by President Fernando Lugo to the end, "
            "said the deputies had lied.")
    assert [set(t.members) for t in read(text).ties] == [{"frente-guasu", "PRY"}]
    text = "MALE — Former president Maumoon Abdul Gayoom joined forces with the Maldivian Democratic Party (MDP)."
    assert [set(t.members) for t in read(text).ties] == [{"maumoon-abdul-gayoom", "maldivian-democratic-party"}]


def test_taking_aim_at_someone_over_a_wrong_charges_them() -> None:
    text = ("MANILA — The Philippines' opposition Liberal Party clashed with President Rodrigo Duterte on Monday. "
            "The Liberal Party took aim at Duterte over the killings.")
    assert accusations(text) == [("liberal-party", "rodrigo-duterte", "the killings")]


def test_an_act_done_against_the_law_is_a_wrong_and_a_statement_s_that_clause_is_reported() -> None:
    text = ("ASUNCION — The Colorado Party said in a statement that President Fernando Lugo had governed against the "
            "law.")
    assert accusations(text) == [("colorado-party", "fernando-lugo", "had governed against the law")]
    assert pairs("ASUNCION — The Colorado Party said President Fernando Lugo had voted against the bill.") == []


def test_both_as_a_subject_is_the_two_the_sentence_before_is_about() -> None:
    text = ("ABUJA — The Nigeria Labour Congress (NLC) and the Trade Union Congress (TUC) said they were suspending "
            "the strike. During the stoppage both had accused the government of breaking a promise.")
    assert sorted(pairs(text)) == [("nigeria-labour-congress", "NGA"), ("trade-union-congress", "NGA")]


def test_the_premier_is_the_one_introduced_as_the_premier() -> None:
    text = ("HONIARA — The premier of Malaita, Daniel Suidani, has accused the national government of punishing his "
            "province. The Ministry of Provincial Government accused Suidani's administration of taking money from "
            "foreign interests. The premier also accused Beijing of using logging companies to buy loyalty.")
    assert pairs(text) == [("malaita", "SLB"), ("SLB", "malaita"), ("malaita", "CHN")]


def test_the_opposition_leaders_are_the_opposition_party_s() -> None:
    text = ("KINSHASA — The opposition Rassemblement accused President Joseph Kabila of a coup. The government accused "
            "the opposition leaders of stirring up violence.")
    assert ("COD", "rassemblement") in pairs(text)


def test_backed_by_after_led_by_and_sharing_power_with_are_ties() -> None:
    assert ties("KINSHASA — The opposition Rassemblement, led by Etienne Tshisekedi and backed by Moïse Katumbi, "
                "had accused Kabila of carrying out a coup.") == [{"moise-katumbi", "rassemblement"}]
    assert ties("ROME — The Five Star Movement shared power with the League and the Democratic Party.") == [
        {"five-star-movement", "democratic-party"}]


def test_the_one_lashed_out_at_is_a_target_not_a_place_and_is_the_him_accused_after() -> None:
    text = ("LIMA — Peru's opposition Popular Force party clashed with President Martín Vizcarra on Monday. Popular "
            "Force leader Keiko Fujimori lashed out at Vizcarra, accusing him of persecuting her party.")
    assert accusations(text) == [("popular-force", "martin-vizcarra", "persecuting her party")]


def test_a_sacked_official_speaks_for_no_state_and_is_named_later_by_the_first_word_of_his_name() -> None:
    text = ("KUALA LUMPUR — Anwar Ibrahim, Malaysia's sacked deputy prime minister, appeared in court on Tuesday.\n\n"
            "Anwar was also accused by the ruling United Malays National Organisation (UMNO), which expelled him a day "
            "after his sacking, of bringing the party into disrepute.")
    assert accusations(text) == [("united-malays-national-organisation", "anwar-ibrahim",
                                  "bringing the party into disrepute")]


def test_charges_said_to_be_fabricated_in_a_plot_charge_the_plotter() -> None:
    text = ("KUALA LUMPUR — Anwar Ibrahim said the charges were fabricated as part of a conspiracy by Prime Minister "
            "Mahathir Mohamad.")
    assert pairs(text) == [("anwar-ibrahim", "mahathir-mohamad")]


def test_a_name_with_against_and_its_foreign_acronym_are_one_body() -> None:
    text = ("GUATEMALA CITY — The International Commission against Impunity in Guatemala (CICIG) said the president "
            "ran the network. The CICIG has investigated him since April.")
    actors = read(text).inventory.actors
    assert "international-commission-against-impunity-in-guatemala" in actors and "cicig" not in actors


def test_a_premier_speaks_for_the_province_his_sentence_is_about_and_a_leader_s_government_is_the_state() -> None:
    text = ("EDMONTON — Alberta will challenge the federal law in court, Premier Jason Kenney announced Friday. "
            "Kenney accused Prime Minister Justin Trudeau's government of ignoring the provinces.")
    assert pairs(text) == [("alberta", "CAN")]


def test_a_governor_in_an_article_about_one_region_is_its_and_a_nationality_sets_no_scene() -> None:
    text = ("OAXACA, Mexico — Federal police retook the centre of Oaxaca on Sunday from protesters in revolt against the "
            "state's governor.\n\nThe Popular Assembly of the Peoples of Oaxaca (APPO) said officers had beaten and "
            "detained dozens of people. President Vicente Fox ordered the operation after Brad Will, an American "
            "cameraman, was shot dead.\n\nGovernor Ulises Ruiz accused the APPO "
            "of using guerrilla tactics and said its leaders had armed their followers. \"The Senate has trampled on the "
            "sovereignty of Oaxaca,\" Ruiz said.")
    reading = read(text)
    assert reading.inventory.home_state() == "MEX"
    assert pairs(text) == [("popular-assembly-of-the-peoples-of-oaxaca", "MEX"),
                           ("oaxaca", "popular-assembly-of-the-peoples-of-oaxaca"),
                           ("oaxaca", "popular-assembly-of-the-peoples-of-oaxaca"), ("oaxaca", "senate")]


def test_a_group_s_own_acronym_that_spells_a_state_s_code_is_the_group() -> None:
    text = ("LOME — The six-party coalition includes the Action Committee for Renewal (CAR), the opposition's closest "
            "ally. The CAR accused the army of stealing the election.")
    reading = read(text)
    assert "CAF" not in reading.inventory.actors
    assert reading.inventory.actors["action-committee-for-renewal"].kind == "political_group"


def test_the_one_whose_murder_is_condemned_is_its_victim_not_the_accused() -> None:
    text = ("ADEN — Journalist Nabil Hasan al-Quaety was shot dead on Tuesday. Reporters Without Borders said: \"Nabil's "
            "murder is unacceptable and constitutes a terrible new blow to journalism in Yemen.\"")
    assert ("rwb", "nabil-hasan-al-quaety") not in pairs(text)


def test_a_body_charged_by_its_head_word_keeps_the_charge_the_parser_hangs_on_it() -> None:
    text = ("NAIROBI — The Waki tribunal has rejected much of former minister Uhuru Kenyatta's sworn evidence about "
            "large payments in the 1990s. Mr Kenyatta said he was \"stunned\" by the report and accused the tribunal "
            "of ignoring testimony that did not fit its findings.")
    assert accusations(text) == [("uhuru-kenyatta", "waki-tribunal", "ignoring testimony that did not fit its findings")]


def test_a_name_the_tagger_calls_a_body_is_a_person_when_the_article_writes_mr_before_it() -> None:
    reading = read("NAIROBI — The tribunal rejected Uhuru Kenyatta's evidence about the payments on Thursday. "
                   "Mr Kenyatta said he would appeal.")
    assert reading.inventory.actors["uhuru-kenyatta"].kind == "person"


def test_the_speaker_s_second_act_is_his_own_charge_not_part_of_what_he_reports() -> None:
    text = ("LAGOS — Former governor Ahmed Musa told the judges that Emeka Okafor's testimony was a lie and accused "
            "him of inventing the payments.")
    assert accusations(text) == [("ahmed-musa", "emeka-okafor", "Emeka Okafor's testimony was a lie"),
                                 ("ahmed-musa", "emeka-okafor", "inventing the payments")]


def test_the_justices_are_the_court_the_story_is_about_and_a_judgement_of_a_report_is_the_speaker_s() -> None:
    text = ("ISLAMABAD — Pakistan's Supreme Court on Tuesday struck down the amendment, which the Lahore High Court "
            "had upheld in March. Law Minister Azam Tarar said the justices had illegally seized the powers of "
            "parliament and that he would take the case to the Federal Shariat Court.")
    assert pairs(text) == [("PAK", "supreme-court")]
    text = ("ISLAMABAD — Pakistan's Supreme Court suspended the order in May, overturning the Lahore High Court. "
            "Sharif's Pakistan Muslim League party said it was regrettable that the judges had chosen to publish their "
            "decision during the floods, and accused them of acting against the will of the voters.")
    assert accusations(text) == [("pakistan-muslim-league", "supreme-court", "acting against the will of the voters")]


def test_a_leader_whose_party_the_article_names_in_a_relative_clause_speaks_for_it() -> None:
    text = ("LUSAKA — Zambia's electoral commission declared the result on Sunday. Opposition leader Hakainde "
            "Hichilema, whose United Party for National Development has led the protests, accused the government of "
            "rigging the vote.")
    assert pairs(text) == [("united-party-for-national-development", "ZMB")]
    assert pairs(text.replace("United Party for National Development has led the protests", "father was a "
                              "farmer")) == [("hakainde-hichilema", "ZMB")]


def test_a_portfolio_before_an_office_names_no_place() -> None:
    text = ("NAIROBI — Kenya's government shut down three television stations on Tuesday, as Interior Cabinet "
            "Secretary Fred Matiang'i accused the broadcasters of taking part in a plot. He called the National "
            "Resistance Movement, the wing of the opposition, an organised criminal group.")
    reading = read(text)
    assert "interior" not in reading.inventory.actors
    assert pairs(text) == [("KEN", "national-resistance-movement")]


def test_his_predecessor_is_the_former_office_holder_and_contempt_shown_is_a_charge() -> None:
    text = ("OTTAWA — Stephen Harper, the former prime minister, returned to Parliament on Monday. Prime Minister "
            "Justin Trudeau told the Commons his predecessor had treated parliament with contempt.")
    assert pairs(text) == [("justin-trudeau", "stephen-harper")]
    assert pairs("OTTAWA — Stephen Harper returned to Parliament on Monday. Justin Trudeau said the official had "
                 "treated the staff with respect.") == []


def test_a_place_s_party_chief_is_no_party_and_the_charge_after_an_apposition_is_the_verb_s() -> None:
    text = ("BEIJING — Former Sichuan party chief Zhou Yongkang went on trial on Monday. He accused Jiang Jiemin, an "
            "oil executive who testified that he had paid Zhou bribes in return for contracts, of inventing the "
            "payments to win leniency.")
    assert "former-sichuan" not in read(text).inventory.actors
    assert accusations(text)[0] == ("zhou-yongkang", "jiang-jiemin", "inventing the payments to win leniency")
    assert pairs(text)[1:] == [("jiang-jiemin", "zhou-yongkang")]  # his testimony: he paid Zhou bribes


def test_a_confederation_is_a_body_whose_title_like_first_word_and_of_phrase_name_no_one_else() -> None:
    text = ("PARIS — The leaders of the General Confederation of Labour (CGT) called a national strike on Monday. "
            "Prime Minister Alain Juppé accused the CGT of taking the country hostage.")
    actors = read(text).inventory.actors
    assert "labour" not in actors  # "... of Labour" is no Labour party
    assert pairs(text) == [("FRA", "general-confederation-of-labour")]


@pytest.mark.parametrize("text, expected", [
    ("NAIROBI — The Law Society of Kenya said Kenyan police had gunned down protesters.",
     [("law-society-of-kenya", "KEN", "had gunned down protesters")]),
    ('NAIROBI — The Law Society of Kenya said Kenyan police had "mowed down" protesters who posed no threat.',
     [("law-society-of-kenya", "KEN", 'had "mowed down" protesters who posed no threat')]),
    ("NAIROBI — Raila Odinga told supporters that the Kenyan government had presided over a massacre.",
     [("raila-odinga", "KEN", "had presided over a massacre")]),
    ("NAIROBI — The Law Society of Kenya said the protesters posed no threat.", []),
])
def test_phrasal_killings_and_presiding_over_a_massacre_are_charges_posing_no_threat_is_none(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert accusations(text) == expected


def test_a_chamber_s_word_opening_a_longer_name_is_no_chamber_and_the_house_is_the_one_named() -> None:
    actors = read("JOHANNESBURG — The NUM is the largest affiliate of the Congress of South African Trade Unions "
                  "(Cosatu), the ANC's partner in the governing alliance.").inventory.actors
    assert "congress" not in actors
    actors = read("WASHINGTON — The House of Representatives voted on Tuesday. The House said the president had "
                  "lied.").inventory.actors
    assert "house" not in actors and "house-of-representatives" in actors
    actors = read("CANBERRA — The motion passed after Liberal MP Bridget Archer crossed the floor.").inventory.actors
    assert "liberals" in actors and "liberal-mp" not in actors


def test_a_name_tagged_a_person_s_whose_leaders_the_article_names_is_a_group() -> None:
    text = ("MONTEVIDEO — The leaders of Frente Amplio, Yamandú Orsi, and of the National Party met on Monday. "
            "President Luis Lacalle Pou accused the Frente Amplio of blocking the reform.")
    assert read(text).inventory.actors["frente-amplio"].kind != "person"
    assert pairs(text) == [("URY", "frente-amplio")]


def test_a_person_introduced_as_a_body_s_office_holder_speaks_for_the_body_s_organisation() -> None:
    text = ("The European Union on Thursday launched a case at the World Trade Organization against China, accusing "
            "Beijing of discriminating against exports from Estonia.\n\nMaros Sefcovic, the European Commission's "
            "executive vice-president responsible for trade, said Chinese customs officers had refused to clear "
            "Estonian goods since early December. \"These practices threaten the single market,\" Sefcovic told "
            "reporters in Brussels.\n\nBeijing rejected the move. Wang Wenbin, a spokesman for the Chinese foreign "
            "ministry, said the case had no basis.")
    assert read(text).inventory.persons["Maros Sefcovic"] == "eu"


def test_a_chief_justice_speaks_for_the_court_and_an_attack_organised_by_a_party_is_its_charge() -> None:
    text = ("DHAKA — Supporters of Bangladesh's ruling Awami League stormed the Supreme Court on Friday, forcing Chief "
            "Justice Surendra Kumar Sinha to abandon a hearing. In a letter to the President, the Chief Justice wrote "
            "that the attack had been organised by the ruling party.")
    reading = read(text)
    assert reading.inventory.persons["Surendra Kumar Sinha"] == "supreme-court"
    assert accusations(text) == [("supreme-court", "awami-league", "the attack had been organised by the ruling party")]
    assert pairs("DHAKA — The Awami League organised a rally in Dhaka on Friday, the Chief Justice said.") == []


def test_a_name_listed_with_parties_is_a_party_and_one_speaking_as_its_leader_speaks_for_it() -> None:
    text = ("HYDERABAD — The revolt brought down the government of the Telugu Desam, the Nationalist Congress Party "
            "(NCP) and the Congress on Wednesday.")
    assert read(text).inventory.actors["telugu-desam"].kind == "political_group"
    actors = read("BELGRADE — The Serbian Renewal Movement (SPO) joined the protest. \"We won,\" Vuk Draskovic, the SPO "
                  "leader, told the crowd.").inventory.actors
    assert actors.get("vuk-draskovic") is None or actors["vuk-draskovic"].kind == "person"  # no party: its leader
    text = ("KAMPALA — Robert Kyagulanyi voted on Thursday. As National Unity Platform leader, he accused the "
            "government of rigging the vote.")
    assert pairs(text) == [("national-unity-platform", "UGA")]
    assert "as-national-unity-platform" not in read(text).inventory.actors


def test_a_dateline_from_a_seat_of_government_that_is_not_the_capital_in_law_sets_the_scene() -> None:
    text = ("DAR ES SALAAM — Tanzania's opposition Civic United Front said police had killed 40 of its supporters. "
            "Amnesty International said officers had used lethal force against peaceful crowds.")
    assert read(text).inventory.home_state() == "TZA"
    assert pairs(text) == [("civic-united-front", "TZA"), ("amnesty-international", "TZA")]


def test_an_act_condemned_keeps_the_infinitive_the_parser_hangs_on_the_condemning_verb() -> None:
    text = ("KAMPALA — Human Rights Watch sent a letter to the government of Uganda condemning the government's choice "
            "to bar foreign reporters from the northern districts.")
    assert accusations(text) == [("human-rights-watch", "UGA",
                                  "the government's choice to bar foreign reporters from the northern districts")]


def test_an_act_reported_keeps_the_place_it_was_done_not_where_it_was_condemned() -> None:
    text = ("KHARTOUM — Human Rights Watch reported a Sudanese army attack on civilians at a crowded market in the town "
            "of Tawila in North Darfur.")
    assert accusations(text) == [("human-rights-watch", "SDN", "a Sudanese army attack on civilians at a crowded market "
                                                                "in the town of Tawila in North Darfur")]
    text = "KHARTOUM — Human Rights Watch condemned the Sudanese attack on civilians at a news conference in Geneva."
    assert accusations(text) == [("human-rights-watch", "SDN", "the Sudanese attack on civilians")]


def test_a_wrong_reported_of_a_relative_clause_s_antecedent_names_the_antecedent() -> None:
    text = ("HARARE — Zimbabwe's electoral commission declared Emmerson Mnangagwa the winner on Sunday. Mnangagwa was "
            "sworn in hours after winning a presidential election that the opposition says was rigged.")
    assert accusations(text) == [("opposition", "ZWE", "a presidential election that the opposition says was rigged")]


def test_the_acts_an_allegation_lists_after_including_are_part_of_it() -> None:
    text = ("ADDIS ABABA — Human Rights Watch condemned Ethiopian abuses in Tigray, including the burning of villages "
            "and the killing of civilians.")
    assert accusations(text) == [("human-rights-watch", "ETH", "Ethiopian abuses in Tigray, including the burning of "
                                                                "villages and the killing of civilians")]


def test_a_leader_named_by_a_middle_name_blaming_the_office_the_article_gave_a_rival_blames_that_rival() -> None:
    text = ("MOGADISHU — Somalia's parliament voted on Saturday to remove Hassan Ali Khaire as prime minister, backing "
            "President Mohamed Abdullahi Farmajo. Abdullahi has blamed the prime minister for the delays to the "
            "election.")
    assert accusations(text) == [("mohamed-abdullahi-farmajo", "hassan-ali-khaire", "the delays to the election")]


def test_a_wrong_the_speaker_lays_on_his_own_party_too_is_an_admission_not_a_charge_of_it() -> None:
    text = ("LUSAKA — Zambia's President Edgar Lungu said that violence had been committed by his Patriotic Front "
            "party as well as Hichilema's United Party for National Development.")
    assert [accused for _, accused in pairs(text)] == ["united-party-for-national-development"]


def test_a_known_organisation_s_full_name_is_not_read_as_a_description_and_a_state() -> None:
    # ("The Organization" is no description of the armed group, "American" no word for the US)
    text = "QUITO — The Organization of American States condemned the ELN bombing of an oil pipeline in Colombia."
    reading = read(text)
    assert "oas" in reading.inventory.actors and "USA" not in reading.inventory.actors
    assert pairs(text) == [("oas", "eln")]


def test_a_treaty_the_parser_tags_an_organisation_is_no_actor() -> None:
    text = ("RIYADH — Saudi Arabia accused Iran of violating the Non-Proliferation Treaty. The Non-Proliferation "
            "Treaty bans the spread of nuclear weapons.")
    assert set(read(text).inventory.actors) == {"IRN", "SAU"}


def test_an_act_a_condemning_verb_names_is_a_wrong_of_the_one_it_is_done_by() -> None:
    text = "ALGIERS — Algeria criticized the deployment of Russian mercenaries by Mali."
    assert pairs(text) == [("DZA", "MLI")]


def test_a_wrong_one_speaks_of_warns_of_or_points_to_is_a_charge_against_its_doer() -> None:
    text = "NAIROBI — Uganda's defence minister spoke of Kenya's failure to stop the cattle raids along the border."
    assert accusations(text) == [("UGA", "KEN", "Kenya's failure to stop the cattle raids along the border")]
    text = "MANILA — The Philippine navy warned of Chinese harassment of fishing boats near Scarborough Shoal."
    assert pairs(text) == [("PHL", "CHN")]
    text = "HANOI — Vietnam did not mention China's seizure of the islands."
    assert pairs(text) == []


def test_opposing_an_attempt_at_a_wrong_charges_the_one_who_attempts_it() -> None:
    text = ("BRUSSELS — The European Union will oppose Belarus's attempts to destabilise its neighbours by flying "
            "migrants to the border, the bloc's foreign policy chief said.")
    assert pairs(text) == [("eu", "BLR")]


def test_harm_at_the_hands_of_someone_is_their_wrong() -> None:
    text = "KAMPALA — Amnesty International documented deaths at the hands of Ugandan police during the protests."
    assert pairs(text) == [("amnesty-international", "UGA")]


def test_a_wrong_told_in_a_participle_inside_the_report_charges_its_agent() -> None:
    text = "JUBA — The SPLM-IO said its medics were treating villagers wounded by South Sudanese army shelling."
    assert [accused for _, accused in pairs(text)] == ["SSD"]


def test_a_report_the_parser_reads_as_named_keeps_a_short_speaker() -> None:
    text = "BAGHDAD — A 2007 British report called the Badr Organization a dangerous source of sectarian violence."
    assert [a.speaker for a in read(text).accusations] == ["2007 British report"]


def test_whom_one_is_accused_of_supporting_is_the_one_supported() -> None:
    text = ("BAMAKO — Talks in Algiers produced a truce between Mali and the Tuareg rebels, whom Bamako has accused "
            "Algeria of supporting.")
    assert [t.members for t in read(text).ties] == [("DZA", "rebels")]


def test_a_weapons_test_condemned_or_called_a_wrong_later_charges_the_one_who_carried_it_out() -> None:
    text = ("SEOUL — Pakistan said on Monday that it had carried out a missile test over the Arabian Sea. The Indian "
            "foreign minister, who was in Tokyo on the day of the test, called it reckless. India's defence minister "
            "condemned the test as a threat to the region.")
    assert pairs(text) == [("IND", "PAK"), ("IND", "PAK")]


def test_agreeing_that_someone_was_responsible_charges_them() -> None:
    text = "BRUSSELS — NATO ministers agreed that Belarus was responsible for the migrant crisis on the border."
    assert pairs(text) == [("nato", "BLR")]


def test_it_was_likely_that_someone_did_a_wrong_reports_that_they_did() -> None:
    text = "LONDON — Britain said it was highly likely that Iran was responsible for the cyberattack on its ports."
    assert pairs(text) == [("GBR", "IRN")]
    text = "LONDON — Britain said it was unlikely that Iran was responsible for the cyberattack on its ports."
    assert pairs(text) == []


def test_holding_someone_responsible_in_a_participle_charges_them() -> None:
    text = "CANBERRA — Holding China responsible, Australia summoned its ambassador."
    assert pairs(text) == [("AUS", "CHN")]


def test_someone_s_responsibility_asserted_is_a_charge_but_a_claim_of_responsibility_is_not() -> None:
    text = "WARSAW — Poland said there was no doubt about Russian responsibility for the sabotage of the railway."
    assert pairs(text) == [("POL", "RUS")]
    text = "KABUL — The army said the Taliban had claimed responsibility for the attack."
    assert pairs(text) == []


def test_an_act_called_disproportionate_is_a_wrong_but_a_decision_judged_is_not() -> None:
    text = "ANKARA — The Arab League said the Turkish military action in northern Syria had been disproportionate."
    assert pairs(text) == [("arab-league", "TUR")]
    text = "ANKARA — The Arab League said the Turkish decision had been disproportionate."
    assert pairs(text) == []


def test_a_counterpart_named_by_a_state_speaks_for_that_state_and_each_speaker_is_their_own() -> None:
    text = ("OSLO — Norway's foreign minister and his Swedish counterpart said the expulsions of their diplomats by "
            "Russia were unjustified.")
    found = [(a.accuser, a.accused, a.speaker) for a in read(text).accusations]
    assert found == [("NOR", "RUS", "Norway's foreign minister"), ("SWE", "RUS", "his Swedish counterpart")]


def test_a_speaker_meeting_somewhere_is_named_without_the_aside() -> None:
    text = ("VILNIUS — EU foreign ministers, meeting in Luxembourg on Monday, said the Belarusian crackdown on "
            "protesters had been brutal.")
    assert [a.speaker for a in read(text).accusations] == ["EU foreign ministers"]


def test_a_surname_the_parser_tags_a_place_is_the_person_s_state_speaking() -> None:
    # (the small English pipeline tags this surname a place when it stands alone)
    text = ("TBILISI — Moscow recalled its envoy, a day after Georgian President Mikheil Saakashvili expelled four "
            "Russian officers. Saakashvili accused Russia of a campaign of espionage.")
    assert [(a.accuser, a.accused) for a in read(text).accusations] == [("GEO", "RUS")]
    assert "saakashvili" not in read(text).inventory.actors


def test_a_list_of_acts_the_parser_splits_keeps_its_one_subject() -> None:
    text = ('OTTAWA — Canadian Prime Minister Justin Trudeau called the two Canadians "hostages", described China\'s '
            'behaviour as "inexcusable" and said Ottawa stood behind its citizens.')
    assert pairs(text) == [("CAN", "CHN")]


def test_craft_of_a_state_s_force_act_for_the_state() -> None:
    text = ("MANILA — The fishermen were seized by boats of China's coast guard on Sunday. The Philippines called the "
            "seizure illegal.")
    assert pairs(text) == [("PHL", "CHN")]


def test_a_participle_after_a_list_of_people_is_the_act_of_the_clause_s_subject() -> None:
    text = ("THE HAGUE — In 2007 the International Criminal Court issued warrants for Ahmed Haroun, a Sudanese "
            "minister, and Ali Kushayb, a Janjaweed militia leader, accusing them of war crimes; Khartoum has refused "
            "to hand them over.")
    assert {accuser for accuser, _ in pairs(text)} == {"icc"}


def test_a_person_named_again_by_the_title_they_were_introduced_with_is_not_the_accused_of_their_quote() -> None:
    text = ("THE HAGUE — The chief prosecutor of the International Criminal Court (ICC), Karim Khan, asked judges on "
            "Monday to issue an arrest warrant for the head of Myanmar's army, Min Aung Hlaing. Khan presented his "
            "evidence in The Hague. \"His soldiers burned the villages. His aim was their destruction,\" the "
            "prosecutor told reporters.")
    assert {accused for _, accused in pairs(text)}.isdisjoint({"icc", "karim-khan"})


def test_a_neighbour_the_parser_reads_as_a_verb_is_still_the_accused() -> None:
    assert pairs("Ethiopia accused neighbouring Eritrea of arming the rebels.") == [("ETH", "ERI")]


def test_a_host_the_parser_misreads_beside_talks_still_mediates() -> None:
    text = ("DOHA — Qatari Emir Tamim bin Hamad Al Thani, who took power in 2013, hosted talks in Doha between the "
            "government and the rebels.")
    assert [m.mediator for m in read(text).mediations] == ["QAT"]


def test_a_delegation_led_by_an_envoy_mediates_for_the_envoy_s_state() -> None:
    text = ("BEIRUT — In May a delegation led by French Foreign Minister Bernard Kouchner brokered a new agreement "
            "between the two sides.")
    assert [m.mediator for m in read(text).mediations] == ["FRA"]


def test_a_ceasefire_signed_with_an_enemy_is_no_tie() -> None:
    text = ("BAKU — Armenian Prime Minister Nikol Pashinyan on Monday signed a nine-point ceasefire agreement with "
            "Azerbaijan.")
    assert read(text).ties == []


def test_a_base_kept_abroad_in_a_state_the_parser_hangs_on_the_verb_ties_the_two() -> None:
    text = "PARIS — France keeps its largest military base abroad in Djibouti as well as a naval base in the UAE."
    assert {t.members for t in read(text).ties} == {("FRA", "DJI"), ("FRA", "ARE")}


def test_a_group_named_as_another_s_affiliate_by_a_compound_is_tied_to_it() -> None:
    text = ("NIAMEY — Niger has lost soldiers in the fight against JNIM, the al-Qaeda affiliate that has waged an "
            "insurgency in the Sahel since 2017.")
    assert [t.members for t in read(text).ties] == [("jnim", "al-qaeda")]


def test_an_act_called_a_wrong_is_charged_to_the_one_by_whom_it_was_done_not_its_possessor() -> None:
    text = ("PHNOM PENH — Human Rights Watch said it had found remnants of the bombs and called their use by Thai "
            "troops unlawful.")
    assert pairs(text) == [("human-rights-watch", "THA")]


def test_blaming_someone_with_no_charge_said_is_still_a_charge_for_the_act_told_before() -> None:
    text = ("MOGADISHU — A car bomb killed twelve people at a checkpoint in the capital on Sunday. Somali officials "
            "blamed al-Shabaab.")
    assert accusations(text) == [("SOM", "al-shabaab", "blamed al-Shabaab")]
    found = pairs("DAKAR — The opposition questioned the president's unwillingness to condemn Russia.")
    assert found and all(accused != "RUS" for _, accused in found)  # his, not a charge of Russia


def test_a_state_s_press_is_no_side_of_a_tie() -> None:
    assert read("The PKK has rejected the offer. Erdogan urged the PKK to lay down its arms, Turkish media "
                "said.").ties == []


def test_an_outlet_s_officer_speaks_for_no_state_of_the_story() -> None:
    text = ("Yemen's government accused the Houthis of shelling Aden on Sunday. The killing of journalists is a "
            "tragedy, AFP's global news director Phil Chetwynd said.")
    reading = read(text)
    assert reading.inventory.persons.get("Phil Chetwynd") != "YEM"
    assert "Phil Chetwynd" not in reading.inventory.actors["YEM"].forms


def test_a_person_whose_family_name_is_a_state_s_is_a_person_not_the_state() -> None:
    reading = read("WASHINGTON — Committee chairman Mark Jordan accused the Justice Department of obstructing the inquiry.")
    assert "JOR" not in {m.actor for m in reading.inventory.mentions}
    assert "Mark Jordan" in reading.inventory.persons


def test_a_one_word_party_named_beside_its_noun_is_a_party_whatever_the_tagger_says() -> None:
    assert pairs("DODOMA — Tanzania's main opposition party, Chadema, said police had beaten its supporters.") \
        == [("chadema", "TZA")]
    reading = read("The main opposition party Chadema said on Monday that it would boycott the vote.")
    assert "chadema" in {m.actor for m in reading.inventory.mentions}


def test_a_leader_titled_by_their_party_speaks_for_the_party_even_one_the_data_knows() -> None:
    assert accusations("LONDON — Labour leader Keir Starmer accused Boris Johnson of lying to Parliament.") == [
        ("labour", "boris-johnson", "lying to Parliament")]
    assert pairs("Palestinian leader Mahmoud Abbas accused Israel of genocide.") == [("PSE", "ISR")]


def test_a_rights_commission_named_for_its_state_is_its_own_voice() -> None:
    assert pairs("The Kenya Human Rights Commission accused Kenyan police of extrajudicial killings.") == [
        ("kenya-human-rights-commission", "KEN")]


def test_doing_an_unlawful_thing_is_a_wrong_but_stopping_one_is_not() -> None:
    assert accusations("The Democratic Party claimed that the Republicans had received illegal donations.") == [
        ("democratic-party", "republicans", "had received illegal donations")]
    assert pairs("Senegal said Spanish trawlers had investigated illegal fishing off Dakar.") == []


def test_the_opposition_party_is_the_one_party_the_article_names_that_does_not_govern() -> None:
    text = ("LILONGWE — Malawi's main opposition party said on Tuesday it would challenge President Peter "
            "Mutharika's re-election in court, accusing the electoral commission of tampering with results sheets. "
            "The Malawi Congress Party, led by Lazarus Chakwera, said it had evidence. Mutharika's Democratic "
            "Progressive Party accused the opposition of inciting violence.")
    assert pairs(text) == [("malawi-congress-party", "MWI"), ("democratic-progressive-party", "malawi-congress-party")]


def test_a_family_name_after_a_particle_is_the_person_not_a_capital() -> None:
    reading = read("Senator Leila de Lima was arrested on Friday. De Lima denied the charges. Justice Secretary "
                   "Vitaliano Aguirre said there was strong evidence against de Lima.")
    assert {m.actor for m in reading.inventory.mentions} == {"leila-de-lima", "vitaliano-aguirre"}


def test_a_titled_person_described_as_a_critic_speaks_for_no_state() -> None:
    text = ("MANILA — Philippine Senator Leila de Lima, a leading critic of President Rodrigo Duterte, was arrested "
            "on Friday. She called Duterte a murderer and accused him of ordering killings.")
    assert accusations(text) == [("leila-de-lima", "rodrigo-duterte", "a murderer"),
                                 ("leila-de-lima", "rodrigo-duterte", "ordering killings")]


def test_the_speaker_s_next_act_is_no_part_of_a_charge_of_bad_faith() -> None:
    text = ("Belarus arrested the activist Maria Kolesnikova on Monday. Amnesty International said the arrest was "
            "politically motivated and called for her release.")
    assert accusations(text) == [("amnesty-international", "BLR", "the arrest was politically motivated")]


def test_a_body_s_media_wing_speaks_for_its_owner_and_is_what_it_stands_for_next() -> None:
    text = ("ISLAMABAD — Former prime minister Imran Khan accused the army chief of plotting to kill him. He also "
            "accused the election commission of rigging the vote in favour of the Pakistan Muslim League-Nawaz. The "
            "military's media wing said the allegations were baseless. It accused Khan's party of inciting attacks "
            "on bases.")
    assert accusations(text)[-1] == ("PAK", "imran-khan", "inciting attacks on bases")


def test_a_state_named_in_what_is_said_of_an_official_is_not_their_state() -> None:
    reading = read("GUATEMALA CITY — Attorney General Consuelo Porras, who is under US sanctions for obstructing "
                   "anti-corruption investigations, asked the court to lift the president's immunity.")
    assert reading.inventory.persons["Consuelo Porras"] == "GTM"


def test_an_office_charged_in_a_lede_is_the_one_the_next_sentence_names_with_its_title() -> None:
    text = ("GUATEMALA CITY — President Bernardo Arevalo has accused the attorney general of attempting a coup. "
            "Attorney General Consuelo Porras denied the charge on Thursday.")
    assert accusations(text) == [("bernardo-arevalo", "consuelo-porras", "attempting a coup")]


def test_a_state_s_opposition_leader_named_beside_the_office_is_the_person() -> None:
    text = "Senegal's opposition leader Ousmane Sonko accused President Macky Sall of using the courts against him."
    assert pairs(text) == [("ousmane-sonko", "macky-sall")]


def test_a_protest_lodged_on_a_day_is_aimed_at_the_one_it_is_lodged_with() -> None:
    assert accusations("India on Tuesday lodged a strong protest with Pakistan over the killing of two soldiers.") \
        == [("IND", "PAK", "the killing of two soldiers")]


def test_a_headline_s_two_states_set_side_by_side_are_both_blamed() -> None:
    assert pairs("Iran blames US, Israel for attack on nuclear site") == [("IRN", "USA"), ("IRN", "ISR")]


def test_a_party_named_as_a_coalition_partner_or_owning_coalition_partners_is_a_party() -> None:
    reading = read("The Liberal Democratic Party and its coalition partner Komeito lost their majority.")
    assert [t.members for t in reading.ties] == [("komeito", "liberal-democratic-party")]
    reading = read("Likud's coalition partners threatened to quit on Sunday.")
    assert reading.inventory.kind_of("likud") == "political_group"


def test_every_actor_listed_in_an_aside_after_a_tie_word_is_in_the_tie() -> None:
    reading = read("Hezbollah's allies, the Amal movement and the Free Patriotic Movement, boycotted the session.")
    assert [t.members for t in reading.ties] == [("hezbollah", "amal", "free-patriotic-movement")]
    assert read("Other nations known to have used the weapons are Eritrea, France and Israel.").ties == []


def test_propping_up_a_government_ties_the_two() -> None:
    assert [t.members for t in read("Russia propped up the Assad government.").ties] == [("RUS", "SYR")]


def test_a_leader_s_party_named_by_a_pronoun_is_the_party_and_an_arrest_called_a_vendetta_is_charged() -> None:
    text = ("LUSAKA — Zambian police arrested Hakainde Hichilema on Tuesday. Hichilema, who leads the United Party "
            "for National Development (UPND), lost last year's election. His party said the arrest was a political "
            "vendetta and accused the government of trying to silence the opposition.")
    assert accusations(text) == [
        ("united-party-for-national-development", "ZMB", "the arrest was a political vendetta"),
        ("united-party-for-national-development", "ZMB", "trying to silence the opposition")]


def test_a_decision_named_by_its_own_verb_s_noun_is_its_doer_s_when_called_a_wrong() -> None:
    assert accusations("Azerbaijan pardoned the killer on Friday. Armenia called the pardon a provocation.") == [
        ("ARM", "AZE", "the pardon a provocation")]
    assert pairs("Azerbaijan pardoned the killer on Friday. Armenia condemned the pardon.") == []


def test_a_name_of_acronyms_joined_by_a_hyphen_is_the_one_a_quoted_charge_names() -> None:
    assert accusations('HARARE — Opposition leader Nelson Chamisa said: "ZANU-PF rigged this election."') == [
        ("nelson-chamisa", "zanu-pf", "rigged this election")]


def test_an_official_charged_by_the_state_s_prosecutors_is_the_person_named_with_the_title() -> None:
    assert accusations("Turkish prosecutors charged Istanbul mayor Ekrem Imamoglu with corruption.") == [
        ("TUR", "ekrem-imamoglu", "corruption")]


def test_a_name_the_tagger_calls_a_body_s_is_a_person_s_when_jailed_or_arrested() -> None:
    assert pairs("MOSCOW — A Russian court jailed Alexei Navalny on extremism charges.") == [
        ("RUS", "alexei-navalny")]


def test_a_name_the_parser_hangs_on_its_label_is_the_one_called_it_and_the_charging_word_is_the_charge() -> None:
    text = ("Joe Biden debated Donald Trump on Tuesday. During the course of the debate, Biden called Trump a "
            "clown, a racist, and the worst president.")
    assert accusations(text) == [("joe-biden", "donald-trump", "a racist")]


def test_working_for_regime_change_is_a_wrong_and_resisting_pressure_to_criticise_is_no_charge() -> None:
    assert accusations("Zimbabwe said Britain had worked for regime change in Harare.") == [
        ("ZWE", "GBR", "had worked for regime change in Harare")]
    assert pairs("South Africa, Zimbabwe's largest trading partner, has resisted pressure to criticise its "
                 "neighbour in public.") == []


def test_demolitions_named_again_are_their_doer_s() -> None:
    text = ("HARARE — Zimbabwean police bulldozed thousands of homes in Harare last month. Opposition leader Morgan "
            "Tsvangirai called the demolitions a crime against the poor.")
    assert pairs(text) == [("morgan-tsvangirai", "ZWE")]


def test_creating_a_pretext_for_a_wrong_is_the_wrong_s_plan() -> None:
    assert accusations("Cuba said Washington had created a pretext for an invasion.") == [
        ("CUB", "USA", "had created a pretext for an invasion")]


def test_a_name_after_a_politics_word_is_a_party_s_with_its_state_name_inside() -> None:
    text = ("BERLIN — Chancellor Olaf Scholz accused the far-right Alternative for Germany of spreading Russian "
            "propaganda.")
    assert accusations(text) == [("olaf-scholz", "alternative-for-germany", "spreading Russian propaganda")]
    assert "brothers-of-italy" in {m.actor for m in read("The nationalist Brothers of Italy won the election.")
                                   .inventory.mentions}


def test_an_acronym_with_a_small_letter_inside_is_a_name_when_it_acts_or_is_acted_on() -> None:
    assert accusations("The CDU accused the AfD of extremism.") == [("cdu", "afd", "extremism")]
    assert read("She is a PhD student at Oxford.").inventory.mentions == []


def test_a_party_name_after_a_politics_word_goes_on_after_its_possessive() -> None:
    # (cut at "People", it named an actor the scan never found, and reading the charge failed)
    text = ("Spain's acting prime minister, Pedro Sanchez, won the support of a separatist party on Thursday. "
            "Alberto Nunez Feijoo, the leader of the conservative People's Party (PP), which won the most seats in "
            "July's election, accused Sanchez of buying his way back into power.")
    assert accusations(text) == [("peoples-party", "pedro-sanchez", "buying his way back into power")]


def test_a_charge_after_a_denial_is_no_part_of_what_is_denied() -> None:
    text = ("Israel denied that its forces had targeted journalists, after Reporters Without Borders accused it of "
            "killing two reporters.")
    assert accusations(text) == [("rwb", "ISR", "killing two reporters")]


def test_blame_laid_on_a_side_after_an_act_with_an_of_phrase() -> None:
    assert accusations("Moscow blamed the downing of the airliner on Ukraine.") == [
        ("RUS", "UKR", "the downing of the airliner")]


def test_a_party_leader_charged_by_police_is_the_person_charged_once() -> None:
    text = ("Zambian police arrested opposition leader Hakainde Hichilema on Friday and charged him with treason, "
            "his United Party for National Development (UPND) said.")
    charged = [a for a in accusations(text) if a[0] == "ZMB"]
    assert charged == [("ZMB", "hakainde-hichilema", "treason")]


def test_the_one_an_act_is_done_to_is_not_its_doer() -> None:
    assert pairs("Poland said the invasion of Ukraine was a crime.") == []
    assert pairs("Amnesty International said the persecution of Rohingya Muslims in Myanmar amounted to "
                 "apartheid.") == []
    assert pairs("Poland said Russia's occupation was illegal.") == [("POL", "RUS")]
    # a headline's "Khan's arrest" names whom it was done to, not who did it
    text = ("Pakistan's top court rules Khan's arrest illegal\n\nISLAMABAD, May 11 (Reuters) - Pakistan's Supreme "
            "Court on Thursday ruled that the arrest of former Prime Minister Imran Khan was illegal.")
    assert "imran-khan" not in {b for _, b in pairs(text)}


def test_an_act_named_before_and_called_part_of_a_wrong_is_its_doer_s() -> None:
    text = ("Zambian police arrested Hakainde Hichilema on Friday. Amnesty International said the arrest was part "
            "of a pattern of harassment of critics.")
    assert pairs(text) == [("amnesty-international", "ZMB")]


def test_a_party_s_own_lawmakers_speak_for_it() -> None:
    text = ("Thailand's government has dissolved parties before. The Future Forward Party has been a vocal critic "
            "of the prime minister. Its lawmakers accused the government of using the courts to eliminate its rivals.")
    assert pairs(text) == [("future-forward-party", "THA")]


def test_contempt_found_by_a_court_is_the_finding_without_the_court() -> None:
    text = ("Former President Jacob Zuma was found in contempt by the Constitutional Court and sentenced to 15 "
            "months in prison.")
    assert accusations(text) == [("constitutional-court", "jacob-zuma", "contempt")]


def test_breaking_off_relations_after_a_wrong_answers_that_wrong() -> None:
    assert accusations("Mexico severed diplomatic relations with Ecuador after police raided its embassy in Quito.") \
        == [("MEX", "ECU", "police raided its embassy in Quito")]
    assert pairs("Russia cut ties with Georgia after the two countries fought a war.") == []


def test_activities_incompatible_with_a_diplomat_s_status_are_the_reason_for_an_expulsion() -> None:
    text = "Lithuania expelled a Chinese diplomat, saying the envoy had engaged in activities incompatible with his status."
    assert pairs(text) == [("LTU", "CHN")]


def test_a_government_recognised_by_a_body_is_not_the_body_s() -> None:
    text = "Turkey deployed troops to Libya to help the UN-recognised government in Tripoli."
    assert [set(t.members) for t in read(text).ties] == [{"TUR", "LBY"}]


def test_the_leader_of_a_coalition_is_in_it() -> None:
    text = "Saudi Arabia leads a military coalition that includes the UAE and Sudan."
    assert [set(t.members) for t in read(text).ties] == [{"SAU", "ARE", "SDN"}]


def test_an_arrest_warrant_sought_is_a_charge() -> None:
    text = "The ICC prosecutor sought an arrest warrant for Min Aung Hlaing over crimes against the Rohingya."
    assert accusations(text) == [("icc", "MMR", "crimes against the Rohingya")]  # a sitting leader: his state


def test_a_demand_that_a_side_stop_doing_a_wrong_with_stop_read_as_an_auxiliary() -> None:
    text = "The UN Security Council demanded that the Houthis stop attacking merchant ships."
    assert pairs(text) == [("unsc", "houthis")]


def test_protests_engineered_by_a_side_are_its_plot() -> None:
    text = "Iran's supreme leader said the protests were engineered by the United States and Israel."
    assert sorted(pairs(text)) == [("IRN", "ISR"), ("IRN", "USA")]


def test_a_label_that_names_its_maker_by_a_demonym_charges_that_maker() -> None:
    assert pairs("Kyiv called the referendum a Russian provocation.") == [("UKR", "RUS")]
    assert pairs("The opposition called the vote a Chinese-style sham.") == []


def test_charges_said_to_be_part_of_a_plan_by_a_side_charge_that_side() -> None:
    text = ("Bolivian prosecutors charged former President Evo Morales with terrorism. Morales said the charges were "
            "part of a plan by President Luis Arce's government to keep him out of next year's election.")
    assert ("evo-morales", "BOL") in pairs(text)


def test_a_motion_put_forward_by_a_party_speaks_for_it() -> None:
    text = "The motion, put forward by the Democratic Party, accused Yoon Suk Yeol of insurrection."
    assert accusations(text) == [("democratic-party", "yoon-suk-yeol", "insurrection")]


def test_an_investigation_of_a_person_on_charges_is_a_charge() -> None:
    assert pairs("Brazilian police are investigating Jair Bolsonaro for allegedly plotting a coup.") == [
        ("BRA", "jair-bolsonaro")]
    assert pairs("Police are investigating the attack on the embassy.") == []


def test_a_headline_s_two_sides_with_a_comma_accuse_each_other() -> None:
    assert sorted(pairs("Serbia, Kosovo accuse each other of stoking tensions in north")) == [
        ("SRB", "XKX"), ("XKX", "SRB")]


def test_a_side_s_allies_named_by_their_seat_are_that_state() -> None:
    assert pairs("Iran accused its enemies in Washington of plotting against it.") == [("IRN", "USA")]
    assert pairs("Israel's allies in Europe condemned the strike.") == []


def test_unnamed_allies_tie_no_one_to_what_they_act_on() -> None:
    assert read("Russia and its allies attacked Ukraine.").ties == []
    assert [set(t.members) for t in read("Belgrade and its ally Moscow rejected the plan.").ties] == [{"SRB", "RUS"}]


def test_a_second_act_of_a_quoted_subject_is_its_doer_s() -> None:
    text = ("China said it would impose tariffs on the United States. \"The U.S. practice is not in line with "
            "international trade rules, seriously undermines China's legitimate rights and interests,\" the finance "
            "ministry said in a statement.")
    assert pairs(text) == [("CHN", "USA")]


def test_a_state_s_national_security_council_is_not_the_un_s() -> None:
    text = ("A spokesman for the Philippine National Security Council, Jonathan Malaya, said Beijing's actions were "
            "reckless and unlawful.")
    assert pairs(text) == [("PHL", "CHN")]
    assert "unsc" not in {m.actor for m in read(text).inventory.mentions}
    assert "unsc" in {m.actor for m in read("The Security Council condemned the attack.").inventory.mentions}


def test_a_name_the_parser_hangs_on_its_title_is_the_one_charged() -> None:
    assert pairs("Tanzanian prosecutors charged opposition leader Tundu Lissu with treason on Thursday.") == [
        ("TZA", "tundu-lissu")]


def test_trade_suspended_with_a_side_over_a_wrong_charges_it() -> None:
    assert accusations("Ankara suspended trade with Israel over its military campaign in Gaza.") == [
        ("TUR", "ISR", "its military campaign in Gaza")]


def test_revenge_for_a_killing_in_a_strike_charges_the_strike_s_doer() -> None:
    assert pairs("Tehran vowed revenge for the killing of its top general in a U.S. drone strike.") == [
        ("IRN", "USA")]


def test_security_agents_with_no_state_named_are_the_home_state_s() -> None:
    text = ("Kenyan police denied it on Monday. Kenya's government was silent. The Law Society of Kenya said the "
            "abductions were carried out by security agents.")
    assert [b for _, b in pairs(text)] == ["KEN"]


def test_a_pledge_is_not_a_wrong_committed() -> None:
    text = ("WASHINGTON, Aug 8 (Reuters) - The leaders of Azerbaijan and Armenia signed an agreement at the White "
            "House on Friday aimed at ending decades of conflict, in a deal brokered by U.S. President Donald Trump.\n\n"
            "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan shook hands with Trump, "
            "who said the two countries had committed to stop fighting forever and to open travel and trade.")
    assert pairs(text) == []
    assert pairs("The UN said war crimes had been committed by Russian forces.") == [("un", "RUS")]


def test_a_state_s_word_before_a_title_is_no_given_name() -> None:
    text = ("Azerbaijan, Armenia sign peace deal brokered by Trump at White House\n\nWASHINGTON, Aug 8 (Reuters) - The "
            "leaders of Azerbaijan and Armenia signed an agreement at the White House on Friday, in a deal brokered "
            "by U.S. President Donald Trump.\n\nAzerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol "
            "Pashinyan shook hands with Trump.")
    names = {info.name for info in read(text).inventory.actors.values()}
    assert "Azerbaijani President" not in names and "Azerbaijan" in names


def test_attackers_in_the_pay_of_a_side_charge_that_side() -> None:
    assert pairs("Mali's junta said the attackers were mercenaries in the pay of France.") == [("MLI", "FRA")]


def test_a_headline_s_side_said_to_be_behind_a_wrong() -> None:
    assert pairs("Poland says Russia behind sabotage of rail line used for Ukraine aid") == [("POL", "RUS")]


def test_an_act_of_a_wrong_carried_out_by_people_working_for_a_side() -> None:
    text = ("Poland's prime minister said the explosion was an act of sabotage carried out by two men working for "
            "Russian intelligence.")
    assert pairs(text) == [("POL", "RUS")]


def test_a_described_state_charged_with_a_noun_is_the_state_named_before() -> None:
    text = ("Sudan asked the court to order the United Arab Emirates to stop supporting the RSF, accusing the Gulf "
            "state of complicity in genocide.")
    assert ("SDN", "ARE", "complicity") in accusations(text)
    assert pairs("South Africa accused the State of Israel of genocide.") == [("ZAF", "ISR")]


def test_weapons_from_a_side_tie_it_to_who_gets_them() -> None:
    text = "UN experts and U.S. lawmakers have cited credible evidence that weapons from the UAE have reached the RSF."
    assert [set(t.members) for t in read(text).ties] == [{"ARE", "rsf"}]
    assert read("Weapons from Iran were found in Yemen, the UN said.").ties == []
    assert "icj" in {m.actor for m in read("Sudan took the UAE to the World Court.").inventory.mentions}


def test_a_side_said_to_bear_responsibility_is_charged() -> None:
    assert accusations("Iran said the United States bore responsibility for the attack.") == [
        ("IRN", "USA", "bore responsibility for the attack")]


def test_people_held_for_spying_for_a_state_charge_that_state() -> None:
    assert pairs("Authorities in Tehran hanged a man convicted of spying for Israel.") == [("IRN", "ISR")]
    assert pairs("Iran arrested two men suspected of spying for Britain.") == [("IRN", "GBR")]
    assert pairs("Islamic State executed dozens of hostages in Raqqa.") == []


def test_an_act_done_in_a_manner_called_a_wrong_is_one() -> None:
    text = ("The Pentagon said a Russian fighter jet had intercepted a U.S. drone over the Black Sea in an \"unsafe "
            "and unprofessional\" manner.")
    assert pairs(text) == [("USA", "RUS")]
    assert pairs("The Pentagon said a Russian jet had intercepted a U.S. drone in a safe manner.") == []
    assert pairs("Labour said the British government had acted in a cavalier and reckless manner.") == []


def test_a_state_s_forces_kept_in_another_s_territory_and_votes_bought_are_wrongs() -> None:
    text = "The Congolese government said Rwandan special forces were operating inside its territory."
    assert pairs(text) == [("COD", "RWA")]
    assert pairs("Kyiv said Ukrainian troops were operating inside Russian territory.") == []
    assert pairs("Moldova's president said Russia was trying to buy votes in the referendum.") == [("MDA", "RUS")]


def test_sides_that_act_jointly_are_a_bloc() -> None:
    assert ties("Kenyan and Somali forces jointly captured the port of Kismayo from al-Shabaab.") == [{"KEN", "SOM"}]
    assert ties("The Special Court was set up jointly by the government of Sierra Leone and the United Nations.") \
        == [{"SLE", "un"}]
    assert ties("A joint Saudi-Emirati force landed in Aden on Tuesday.") == [{"SAU", "ARE"}]
    assert ties("Bashir met officials seeking to deploy a joint UN-African Union peacekeeping force in Darfur.") \
        == [{"un", "african-union"}]
    # foes settling, and a hyphen's pair that only names what divides them, are no bloc
    assert ties("India and Pakistan jointly announced a ceasefire along the Line of Control.") == []
    assert ties("The Israeli-Palestinian conflict dominated the summit.") == []
    assert ties("The India-Pakistan border force exchanged fire overnight.") == []
    assert ties("He criticised the Turkish-Libyan maritime border agreement.") == [{"TUR", "LBY"}]


def test_concern_or_redress_for_what_another_did_charges_it() -> None:
    assert pairs("Britain expressed deep concern over China's treatment of the Uyghurs.") == [("GBR", "CHN")]
    assert pairs("Washington voiced alarm at Russia's military buildup near the Ukrainian border.") == [("USA", "RUS")]
    assert accusations("The UN demanded accountability for Israel's attacks on its schools.") == [
        ("un", "ISR", "Israel's attacks on its schools")]
    assert pairs("Rights groups called for justice for the victims.") == []


def test_a_protest_after_another_s_act_charges_its_doer() -> None:
    assert pairs("Tokyo protested after Chinese coast guard ships entered its territorial waters.") == [("JPN", "CHN")]
    assert pairs("India protested strongly after Pakistan fired on its posts.") == [("IND", "PAK")]
    assert pairs("India protested after the monsoon flooded its border posts.") == []


def test_an_election_or_trial_called_rigged_or_unfair_charges_its_holder() -> None:
    assert pairs("The European Union called Belarus's presidential election rigged.") == [("eu", "BLR")]
    assert pairs("Opposition leader Juan Guaido called Venezuela's election a sham.")[0][1] == "VEN"
    assert pairs("Amnesty said Egypt's trial of the activists was grossly unfair.") == [("amnesty-international", "EGY")]
    assert pairs("Observers said the vote was largely fair despite some irregularities.") == []


def test_talking_to_each_side_apart_is_mediating() -> None:
    assert mediators("Qatar's foreign minister held separate talks with Israeli and Hamas negotiators in Doha.") == ["QAT"]
    assert mediators("The US envoy met separately with Armenian and Azerbaijani officials in Vienna.") == ["USA"]
    assert mediators("Russia held separate talks with Ukraine.") == []


def test_common_wire_spellings_name_known_groups() -> None:
    found = {m.actor for m in read("Al-Shabab fighters attacked a base. The Huthis fired missiles.").inventory.mentions}
    assert {"al-shabaab", "houthis"} <= found


def test_a_warning_of_responsibility_to_come_charges_no_one_yet() -> None:
    assert pairs("Israel said Hamas would bear full responsibility for any escalation.") == []
    assert pairs("Israel said Hamas bore full responsibility for the escalation.") == [("ISR", "hamas")]


def test_a_report_or_evidence_speaks_for_whoever_wrote_or_gathered_it() -> None:
    text = "The report, by a panel of UN experts, found that Eritrean troops had killed hundreds of civilians in Axum."
    assert pairs(text) == [("un", "ERI")]
    text = "Satellite images analysed by Human Rights Watch showed that Ethiopian troops had burned villages in Tigray."
    assert pairs(text) == [("human-rights-watch", "ETH")]
    assert pairs("Satellite images showed that Ethiopian troops had burned villages in Tigray.") == []


def test_the_rebels_are_the_group_the_article_is_about() -> None:
    text = ("The Ogaden National Liberation Front (ONLF) said it had killed 600 soldiers. The ONLF said its fighters "
            "attacked three bases. Ethiopia denied the ONLF claims. Ethiopia says the ONLF has ties to al-Shabaab. "
            "Ethiopia calls the rebels terrorists.")
    rebels = [m.actor for m in read(text).inventory.mentions if m.text == "rebels"]
    assert rebels == ["ogaden-national-liberation-front"]


def test_a_penalty_after_a_wrong_charges_the_one_penalised_with_it() -> None:
    text = "The Economic Community of West African States suspended Guinea on Wednesday after soldiers detained the president."
    assert accusations(text) == [("ecowas", "GIN", "soldiers detained the president")]
    assert pairs("The United States sanctioned Russia after Ukraine attacked a bridge.") == []


def test_both_sides_firing_is_no_charge_by_either() -> None:
    text = "BANGKOK — Thai and Cambodian soldiers traded gunfire near an ancient temple, killing two soldiers, officials said."
    assert pairs(text) == []
    assert pairs("BANGKOK — Cambodian soldiers opened fire on a Thai patrol near the temple, officials said.") == [
        ("THA", "KHM")]


def test_a_bare_suspicion_after_an_attack_charges_the_one_suspected() -> None:
    text = ("A suicide bomber killed 30 people at a mosque in Peshawar. No group claimed responsibility, but Pakistani "
            "authorities suspect the Pakistani Taliban.")
    assert pairs(text) == [("PAK", "ttp")]


def test_the_enemy_in_a_side_s_words_is_the_side_named_before() -> None:
    text = ("Russian forces pushed toward Bakhmut overnight. \"The enemy is destroying the city block by block,\" "
            "Ukrainian commander Oleksandr Syrskyi said.")
    assert pairs(text) == [("UKR", "RUS")]


def test_the_one_helped_to_fight_is_backed_not_its_enemy() -> None:
    assert ties("Chad sent troops to help Cameroon fight Boko Haram.") == [{"TCD", "CMR"}]
    assert ties("France sent troops to help Mali fight jihadists.") == [{"FRA", "MLI"}]
    assert ties("Iran helped the Houthis build drones.") == [{"IRN", "houthis"}]


def test_help_asked_by_its_government_ties_the_host() -> None:
    assert ties("Rwanda deployed troops to Mozambique at the request of its government.") == [{"RWA", "MOZ"}]


def test_a_third_party_ready_to_help_or_with_a_role_between_two_sides_mediates() -> None:
    assert mediators("Switzerland said it was ready to facilitate dialogue between Armenia and Azerbaijan.") == ["CHE"]
    assert mediators("Turkey was not ready to mediate between the two.") == []
    text = "The Vatican has played a quiet role in the prisoner exchanges between Russia and Ukraine."
    assert mediators(text) == ["VAT"] and ties(text) == []
    assert mediators("Russia played a key role in the war between Armenia and Azerbaijan.") == []


def test_a_word_after_a_dateline_starts_the_sentence() -> None:
    text = "NIAMEY — Suspected jihadists killed 29 soldiers in western Niger, the defence ministry said."
    assert "Suspected" not in {m.text for m in read(text).inventory.mentions}


def test_an_act_done_dangerously_is_a_wrong() -> None:
    text = "China's coast guard said the Philippine boats had deliberately and dangerously approached a Chinese vessel."
    assert pairs(text) == [("CHN", "PHL")]
    assert pairs("China's coast guard said the Philippine boats had approached a Chinese vessel.") == []


def test_the_attack_condemned_is_the_one_blamed_or_told_with_its_doer() -> None:
    text = ("Jihadists from the Islamic State killed 29 soldiers in an attack on a military post in western Niger. "
            "Niger's government seized power in a coup last year. The African Union condemned the attack.")
    assert pairs(text) == [("african-union", "islamic-state")]


def test_a_charge_d_affaires_summoned_and_a_complaint_to_a_forum_charge_the_state() -> None:
    assert pairs("Iran summoned the British charge d'affaires over London's support for the protesters.") == [
        ("IRN", "GBR")]
    text = "Lebanon filed a complaint with the UN Security Council over Israel's violations of its airspace."
    assert accusations(text) == [("LBN", "ISR", "Israel's violations of its airspace")]


def test_an_envoy_summoned_with_a_charge_is_one_charge() -> None:
    text = ("The Iranian foreign ministry summoned the British ambassador, accusing London of interfering in "
            "Iran's internal affairs.")
    assert accusations(text) == [("IRN", "GBR", "interfering in Iran's internal affairs")]


def test_a_federated_states_attorney_general_speaks_for_that_state() -> None:
    text = ("A federal judge blocked a Trump administration rule on Thursday. New York Attorney General Letitia "
            "James praised the decision and accused the administration of attacking the poor.")
    assert accusations(text) == [("new-york", "USA", "attacking the poor")]


def test_the_department_is_the_one_named_before() -> None:
    text = ("The Department of Agriculture issued the rule in December. Judge Maria Ostrander wrote that the "
            "department had failed to consider the impact on families.")
    assert pairs(text) == [("maria-ostrander", "department-of-agriculture")]


def test_a_court_told_apart_only_by_separate_is_no_named_court() -> None:
    text = "A separate court found that the ministry had acted unlawfully."
    assert "separate court" not in {a.name for a in read(text).inventory.actors.values()}


def test_one_person_labelling_another_of_the_same_state() -> None:
    text = "President Donald Trump met Kim. Senator Chuck Schumer called Trump a liar."
    assert accusations(text) == [("chuck-schumer", "donald-trump", "a liar")]


def test_behaving_like_a_dictator_is_a_label() -> None:
    text = ("Prime Minister Alan Marsh suspended Parliament on Monday. The Liberal Democrats said Marsh was "
            "behaving like a dictator.")
    assert pairs(text) == [("liberal-democrats", "alan-marsh")]
    assert pairs("Prime Minister Alan Marsh suspended Parliament on Monday. The Liberal Democrats said Marsh "
                 "was behaving like a statesman.") == []


def test_a_chambers_party_leader_speaks_for_no_chamber_nor_state() -> None:
    text = ("Trump is accused of pressuring Ukraine to investigate a rival. House Minority Leader Kevin McCarthy "
            "accused Democrats of running a secret investigation.")
    assert pairs(text) == [("kevin-mccarthy", "democrats")]
    text = "Governor Mark Halloran vetoed the bill. Senate Minority Leader Karen Delgado accused Halloran of ignoring the courts."
    assert pairs(text) == [("karen-delgado", "mark-halloran")]


def test_a_crowd_is_not_a_party_the_article_names_only_later() -> None:
    text = ("TBILISI — Riot police fired tear gas to disperse protesters who had occupied government offices. "
            "Protest leaders accused the police of using excessive force. The United National Movement said "
            "the government was destroying the country's future. The European Union criticised the crackdown.")
    assert pairs(text) == [("protesters", "GEO"), ("united-national-movement", "GEO"), ("eu", "GEO")]


def test_the_secretary_is_the_one_introduced_with_that_office() -> None:
    text = ("WASHINGTON — The House Oversight Committee voted 24-15 on Wednesday to hold Energy Secretary Rick Dalton "
            "in contempt of Congress after he refused to hand over documents. Committee Chairwoman Linda Ortiz, a "
            "Democrat, said Dalton had stonewalled the investigation. \"The secretary has shown complete disregard "
            "for the law,\" she said.")
    assert ("linda-ortiz", "rick-dalton", "has shown complete disregard for the law") in accusations(text)
    assert ("linda-ortiz", "USA", "has shown complete disregard for the law") not in accusations(text)


def test_the_vote_condemned_and_called_an_attack_is_the_voters() -> None:
    text = ("House panel votes to hold energy secretary in contempt\n\nWASHINGTON — The House Oversight Committee "
            "voted on Wednesday to hold Energy Secretary Rick Dalton in contempt of Congress. Dalton said he had "
            "done nothing wrong. Republicans said the subpoena was invalid. Democrats said they would press on. "
            "The White House condemned the vote, calling it a political attack on this administration.")
    assert ("USA", "house-oversight-committee", "a political attack on this administration") in accusations(text)


def test_the_administration_and_counted_states_in_a_domestic_dispute() -> None:
    text = ("A coalition of twenty states led by California sued the Department of Homeland Security on Monday. "
            "\"This administration has once again ignored the law,\" California Attorney General Rob Bonta said. "
            "Homeland Security spokeswoman Jane Orr accused the states of playing politics with national security.")
    assert pairs(text) == [("california", "USA"), ("USA", "twenty-states")]


def test_a_quotation_opening_a_paragraph_is_its_closing_attributions_and_a_senator_charges_his_own_government() -> None:
    text = ('The US president ordered the troops home. Senator Jane Doe spoke on Fox News on Monday.\n\n'
            '"The war is not over. The biggest lie being told by the administration is that the enemy is beaten. '
            'The cost was very high," Doe continued.')
    assert pairs(text) == [("jane-doe", "USA")]


def test_a_second_subject_named_after_its_title_is_the_person() -> None:
    text = "Nancy Pelosi and Senate Minority Leader Chuck Schumer accused President Donald Trump of lying."
    assert {accuser for accuser, _ in pairs(text)} == {"nancy-pelosi", "chuck-schumer"}


def test_overturning_an_election_and_being_unfit_are_charges() -> None:
    assert pairs("President Donald Trump said the Democrats were trying to overturn the election.") == [
        ("USA", "democrats")]
    assert pairs("Speaker Nancy Pelosi said President Donald Trump was unfit for office.") == [
        ("nancy-pelosi", "USA")]
    assert pairs("Speaker Nancy Pelosi said President Donald Trump was in Ohio.") == []


def test_the_fact_that_is_asserted_whatever_is_said_of_it() -> None:
    text = ('"This announcement cannot change the fact that the Hong Kong authorities have chosen to suppress '
            'protests in a grossly unlawful way," said Joshua Rosenzweig of Amnesty International.')
    assert pairs(text) == [("amnesty-international", "HKG")]


def test_a_scolding_for_a_thing_is_for_what_its_maker_claims() -> None:
    text = ("President Donald Trump tweeted about delaying the election. Joe Biden attacked Trump for the tweet, "
            "claiming he used it to distract from the funeral.")
    assert accusations(text) == [("joe-biden", "donald-trump", "he used it to distract from the funeral")]


def test_a_claim_made_without_evidence_is_still_a_claim() -> None:
    text = "President Donald Trump claimed without evidence that Democrats had committed voter fraud."
    assert accusations(text) == [("USA", "democrats", "had committed voter fraud")]


def test_a_pronoun_labelled_after_a_reply_is_the_one_replied_to() -> None:
    assert pairs("China responded to Japan, calling it a liar.") == [("CHN", "JPN")]
    assert pairs("Senator Chuck Schumer ripped President Donald Trump for his tweets about the judge.") == [
        ("chuck-schumer", "USA")]


def test_a_places_director_of_an_organisation_speaks_for_the_organisation() -> None:
    text = ("Carrie Lam withdrew the bill on Wednesday. \"This announcement cannot change the fact that the Hong Kong "
            "authorities have chosen to suppress protests in a grossly unlawful way,\" Hong Kong director of Amnesty "
            "International Man-kei Tam said.")
    assert pairs(text) == [("amnesty-international", "HKG")]
    assert "Man-kei Tam" in read(text).inventory.persons


def test_a_penalty_given_by_someone_for_a_wrong() -> None:
    text = ("Ramil Safarov had been given a life sentence by Hungarian authorities in 2006 for the murder of an "
            "Armenian soldier.")
    assert accusations(text) == [("HUN", "ramil-safarov", "the murder of an Armenian soldier")]


def test_a_decision_seen_as_provocative_charges_its_maker() -> None:
    text = "Azerbaijan pardoned the officer on Friday. Armenia sees the pardon as highly provocative."
    assert pairs(text) == [("ARM", "AZE")]
    assert pairs("Azerbaijan pardoned the officer on Friday. Armenia sees the pardon as regrettable.") == []


def test_joint_drills_by_two_states_tie_them() -> None:
    text = "North Korea denounced the joint military drills by the United States and South Korea."
    assert ties(text) == [{"USA", "KOR"}]
    assert pairs(text) == [("PRK", "USA"), ("PRK", "KOR")]


def test_encouraging_attacks_is_a_wrong() -> None:
    text = "Brazil's opposition said President Jair Bolsonaro had encouraged attacks on the judiciary."
    assert accusations(text) == [("opposition", "jair-bolsonaro", "had encouraged attacks on the judiciary")]
    assert pairs("Brazil's opposition said President Jair Bolsonaro had encouraged investment in the north.") == []


def test_a_statement_told_to_an_audience_is_no_order_to_it() -> None:
    text = ("Pakistan's National Assembly voted to remove the prime minister.\n\nSharif said the opposition had saved "
            "the constitution. \"The nation has been freed from an incompetent government,\" he told the assembly.")
    assert pairs(text) == []


def test_the_rebel_group_is_the_group_called_rebels_beside_its_name() -> None:
    text = ("Colombia suspended talks with ELN rebels on Thursday after a bombing.\n\nPresident Gustavo Petro accused "
            "the rebel group of lacking the will to end the conflict.\n\nDissidents of the former FARC guerrilla also "
            "operate in the region.")
    assert accusations(text) == [("COL", "eln", "lacking the will")]


def test_a_groups_command_speaks_for_the_group() -> None:
    text = ("Colombia's government suspended talks with the ELN on Thursday.\n\nIn a statement, the rebels' central "
            "command said the government had failed to honour commitments made at the negotiating table.")
    assert pairs(text) == [("eln", "COL")]


def test_the_speakers_next_charge_hung_deep_in_the_report_is_a_charge_of_its_own() -> None:
    text = "The ELN said Colombia had failed to honour its commitments and blamed the army for attacks on its positions."
    assert accusations(text) == [("eln", "COL", "had failed to honour its commitments"),
                                 ("eln", "COL", "attacks on its positions")]


def test_an_act_labelled_a_wrong_in_an_aside_after_a_comma_charges_its_doer() -> None:
    assert accusations("The Houthis have fired missiles at Saudi cities, which Riyadh calls terrorist attacks.") == [
        ("SAU", "houthis", "fired missiles at Saudi cities")]
    assert accusations("Britain sent a naval patrol ship to Guyana in December, a move Venezuela called a "
                       "provocation.") == [("VEN", "GBR", "sent a naval patrol ship to Guyana in December")]
    assert pairs("Kenya reopened the border, a move Somalia called a historic step.") == []


def test_an_attack_blamed_on_someone_with_no_relative_pronoun() -> None:
    assert accusations("The consulate was destroyed in an air strike Iran blamed on Israel.") == [
        ("IRN", "ISR", "an air strike")]


def test_his_in_a_ruling_is_the_leader_named_before_not_a_named_body() -> None:
    text = ("Pakistan's National Assembly voted on Sunday to remove Prime Minister Imran Khan from office, after the "
            "Supreme Court ruled that his attempt to dissolve parliament was unconstitutional.")
    assert pairs(text) == [("supreme-court", "imran-khan")]


def test_a_fighters_word_is_not_a_group_named_only_much_later() -> None:
    text = ("Mali's junta ended a peace deal with Tuareg separatists on Thursday.\n\nIt said Algeria had hosted rebel "
            "leaders without consulting Bamako.\n\nThe army has fought the separatists since August.\n\nUN "
            "peacekeepers withdrew from their bases last year.\n\nThe junta has been backed by Russian mercenaries "
            "of the Wagner Group since 2021.")
    rebel = [m.actor for m in read(text).inventory.mentions if m.text == "rebel"]
    assert rebel and "wagner-group" not in rebel


def test_the_separatists_of_a_named_group_are_that_group() -> None:
    text = ("Mali's junta spokesman said the separatists of the Coordination of Azawad Movements (CMA) had allied "
            "with jihadist groups.")
    assert pairs(text) == [("MLI", "coordination-of-azawad-movements")]


def test_abandoning_a_peace_process_is_a_wrong() -> None:
    text = "Mali's junta ended the peace accord on Thursday. The CMA said the junta had abandoned the peace process."
    assert pairs(text) == [("cma", "MLI")]


def test_a_charge_in_quotation_marks_keeps_no_stray_mark() -> None:
    text = ("Mali accuses Algeria of hostile acts\n\nMali accused Algeria of interfering in its internal affairs and "
            "of \"hostile acts\".")
    found = accusations(text)
    assert ("MLI", "DZA", "interfering in its internal affairs") in found
    assert [a for a in found if "hostile acts" in a[2]] == [("MLI", "DZA", "hostile acts")] * 2
    briefed = [c.item["allegation"] for c in candidates(read(text)) if c.category == "accusations"]
    assert len(briefed) == 2 and not any(a.startswith('"') for a in briefed)  # said twice: one item


def test_the_speaker_charges_after_a_passive_report_not_its_agent() -> None:
    text = ("Myanmar's military has burned thousands of homes, a rights group said.\n\nA military spokesman, Major "
            "General Zaw Min Tun, said the fires were started by \"terrorists\" of the People's Defence Forces, the "
            "armed wing of the shadow National Unity Government, and accused the rebels of attacking police stations.")
    found = pairs(text)
    assert ("MMR", "peoples-defence-forces") in found
    assert ("national-unity-government", "peoples-defence-forces") not in found


def test_an_apposition_after_a_list_describes_its_last_member() -> None:
    text = ("China brokered a temporary truce in January between Myanmar's military and the Three Brotherhood "
            "Alliance, a coalition of ethnic armed groups.")
    assert ties(text) == [] and mediators(text) == ["CHN"]


def test_the_generals_are_the_junta() -> None:
    text = "Myanmar's military has burned thousands of homes, a rights group said.\n\nChina has close ties with the generals."
    assert ties(text) == [{"CHN", "MMR"}]


def test_a_charge_after_a_because_clause_in_a_report_is_the_speakers() -> None:
    text = ("Police in Uganda arrested dozens of opposition supporters on Thursday.\n\nPolice spokesman Fred Enanga "
            "said the rally had been cancelled because the organisers had not met security requirements, and accused "
            "the National Unity Platform (NUP) of planning to cause chaos.")
    assert accusations(text) == [("UGA", "national-unity-platform", "planning to cause chaos")]


def test_the_name_a_person_is_known_as_is_the_same_person() -> None:
    text = ("Ugandan opposition politician Robert Kyagulanyi, known as Bobi Wine, said security forces had beaten his "
            "supporters.")
    assert "bobi-wine" not in read(text).inventory.actors
    assert pairs(text) == [("robert-kyagulanyi", "UGA")]


def test_calling_someone_a_foreign_agent_is_a_charge() -> None:
    text = ("Uganda's President Yoweri Museveni has called opposition leader Robert Kyagulanyi an agent of foreign "
            "interests.")
    assert accusations(text) == [("yoweri-museveni", "robert-kyagulanyi", "an agent of foreign interests")]


def test_a_charge_the_parser_hangs_on_at_the_time() -> None:
    assert accusations("Armenia accused Baku at the time of ethnic cleansing.") == [("ARM", "AZE", "ethnic cleansing")]


def test_the_source_of_instability_and_a_policy_of_militarising_are_wrongs() -> None:
    assert pairs("The Chinese foreign ministry said the United States was the biggest source of instability in the "
                 "region.") == [("CHN", "USA")]
    assert pairs("Azerbaijan's foreign ministry said France was pursuing a policy of militarising Armenia.") == [
        ("AZE", "FRA")]
    assert pairs("China said the United States was the main source of investment in the region.") == []


def test_a_thing_of_someones_called_a_fraud_charges_its_owner() -> None:
    assert pairs("Venezuela's government called the opposition's primary a fraud.") == [("VEN", "opposition")]
    text = ("Turkish officials have expressed outrage over a United States congressional resolution labeling the "
            "Ottoman Empire's World War I era killings of up to 1.5 million Armenians as genocide.")
    assert not any(accuser == "USA" and allegation.endswith("World War")  # "War" is no label the resolution
                   for accuser, _, allegation in accusations(text))  # gives the empire


def test_blaming_someone_after_a_clause_that_names_the_wrong() -> None:
    assert accusations("France said it would not tolerate interference in its elections, blaming Russia.") == [
        ("FRA", "RUS", "interference in its elections")]


def test_citing_actions_against_someone_charges_whose_actions_they_are() -> None:
    text = ("Niger's junta ordered the French ambassador to leave within 48 hours, citing France's actions against "
            "Niger's interests.")
    assert pairs(text) == [("NER", "FRA")]
    assert pairs("Niger expelled the French ambassador, citing security concerns.") == []


def test_a_detention_in_a_states_capital_is_that_states() -> None:
    assert pairs("Downing Street condemned the detention of a British aid worker in Tehran.") == [("GBR", "IRN")]


def test_providing_satellite_imagery_to_a_side_at_war_ties_them() -> None:
    assert ties("A senior US official told reporters that China was providing Russia with satellite imagery.") == [
        {"CHN", "RUS"}]


def test_a_justice_minister_is_no_judge_of_the_court_the_article_names() -> None:
    text = ("Israel's cabinet voted on Sunday to dismiss Attorney General Gali Baharav-Miara.\n\nJustice Minister "
            "Yariv Levin accused the attorney general of obstructing government policy.\n\nThe High Court of Justice "
            "later froze the decision.")
    assert pairs(text) == [("yariv-levin", "gali-baharav-miara")]


def test_placing_oneself_above_the_law_is_a_wrong() -> None:
    text = ("The attorney general Gali Baharav-Miara said the Israeli government wanted to place itself above the "
            "law.")
    assert pairs(text) == [("gali-baharav-miara", "ISR")]


def test_an_opposition_coalition_is_the_opposition_not_a_tie() -> None:
    text = ("Senegalese President Macky Sall on Saturday postponed the presidential election scheduled for February 25, "
            "citing a dispute between parliament and the Constitutional Council over the list of candidates.\n\n"
            "Security forces fired tear gas at opposition supporters who gathered in Dakar on Sunday.\n\n"
            "Opposition candidate Khalifa Sall, who is not related to the president, called the postponement a "
            "\"constitutional coup\". The main opposition coalition accused Macky Sall of trying to extend his "
            "mandate illegally, an allegation his office rejected.")
    assert ties(text) == []
    assert ("opposition", "macky-sall") in pairs(text)


def test_the_former_president_is_the_one_removed_and_attempting_a_coup_is_a_wrong() -> None:
    text = ("Peru's Congress voted on Wednesday to remove President Pedro Castillo from office.\n\nThe attorney "
            "general, Patricia Benavides, said the former president had broken the constitutional order.\n\nVice "
            "President Dina Boluarte was sworn in. She said Castillo had attempted a coup.")
    assert pairs(text) == [("PER", "pedro-castillo"), ("dina-boluarte", "pedro-castillo")]


def test_lawmakers_from_a_party_speak_for_the_party() -> None:
    text = ("Peru's Congress removed President Pedro Castillo.\n\nLawmakers from Castillo's Free Peru party accused "
            "Congress of staging a coup.")
    assert pairs(text) == [("free-peru", "congress")]


def test_the_one_named_beside_an_office_is_the_one_accused() -> None:
    assert accusations("Jacob Zuma has accused the inquiry's chairman, deputy chief justice Raymond Zondo, of "
                       "bias.") == [("jacob-zuma", "raymond-zondo", "bias")]


def test_a_headlines_court_by_demonym_is_the_court_the_body_names() -> None:
    text = ("South African court jails Zuma for contempt\n\nSouth Africa's Constitutional Court on Tuesday sentenced "
            "former president Jacob Zuma to 15 months in prison for contempt of court.\n\nThe court said Zuma had "
            "defied its order to testify.")
    assert set(pairs(text)) == {("constitutional-court", "jacob-zuma")}
    assert "south-african-court" not in read(text).inventory.actors


def test_a_name_the_parser_ends_with_an_abbreviations_stop_keeps_no_stop() -> None:
    text = ("Thailand's Constitutional Court on Friday removed Prime Minister Paetongtarn Shinawatra from office, "
            "ruling that she had breached ethical standards in a leaked phone call with former Cambodian leader Hun "
            "Sen.\n\nThirty-six senators had petitioned the court.")
    names = [a.name for a in read(text).inventory.actors.values()]
    assert "Hun Sen" in names and "Hun Sen." not in names


def test_her_that_no_object_of_the_clause_fits_is_the_person_named_before() -> None:
    text = ("Thailand's Constitutional Court removed Prime Minister Paetongtarn Shinawatra, ruling that she had "
            "breached ethical standards in a phone call with Cambodian leader Hun Sen.\n\nIn the call, Paetongtarn "
            "called Hun Sen \"uncle\".\n\nCritics said she had undermined the military and put her personal ties "
            "above national interests.\n\nThirty-six senators had petitioned the court, accusing her of dishonesty.")
    assert ("senators", "paetongtarn-shinawatra", "dishonesty") in accusations(text)


def test_those_mediating_alongside_the_mediator_mediate_too() -> None:
    assert mediators("Qatar has been mediating between Israel and Hamas alongside Egypt and the United States.") == [
        "EGY", "QAT", "USA"]


def test_leading_efforts_to_end_a_conflict_between_two_others_mediates() -> None:
    assert mediators("Malaysia, which chairs ASEAN, is leading efforts to end the border conflict between Thailand "
                     "and Cambodia.") == ["MYS"]


def test_his_country_is_the_state_the_speaker_serves() -> None:
    assert mediators("Norway's foreign minister said his country would host talks between the government and the "
                     "rebels.") == ["NOR"]


def test_back_read_as_an_adverb_with_a_subject_and_an_object_is_backing() -> None:
    assert ties("Egypt and the United Arab Emirates back the Libyan National Army.") == [
        {"EGY", "lna"}, {"ARE", "lna"}]


def test_a_second_charge_the_parser_hangs_on_the_verb_after_and() -> None:
    assert accusations("Turkish prosecutors accused Istanbul mayor Ekrem Imamoglu of corruption and aiding a "
                       "terrorist organisation.") == [
        ("TUR", "ekrem-imamoglu", "corruption and aiding a terrorist organisation")]
    assert accusations("Russia accused Ukraine of shelling the plant and called for an inquiry.") == [
        ("RUS", "UKR", "shelling the plant")]


def test_arrested_on_trumped_up_charges_charges_whoever_arrested() -> None:
    text = ("Police in Zimbabwe arrested opposition leader Nelson Chamisa in Harare on Friday, Zimbabwe's state media "
            "said.\n\nThe opposition MDC said its leader had been arrested on trumped-up charges.")
    assert ("mdc", "ZWE") in pairs(text)


def test_a_letter_sent_to_an_actor_condemning_an_act_charges_the_one_it_is_sent_to() -> None:
    assert accusations("Reporters Without Borders sent a letter to Turkey condemning the jailing of reporters.") == [
        ("rwb", "TUR", "the jailing of reporters")]
    assert accusations("Iran sent a letter to the UN Security Council condemning the strike.") == []


def test_a_list_of_names_the_parser_reads_as_an_apposition_is_every_accuser() -> None:
    assert pairs("Amnesty International, Human Rights Watch and Reporters Without Borders condemned the "
                 "jailing of reporters in Turkey.") == [("amnesty-international", "TUR"), ("human-rights-watch", "TUR"), ("rwb", "TUR")]


def test_an_adjective_label_the_parser_reads_as_a_noun_still_labels_the_act() -> None:
    assert accusations("Israel called the Hamas attack barbaric.") == [("ISR", "hamas", "the Hamas attack barbaric")]


def test_a_vote_said_to_be_unfair_charges_the_state_that_held_it() -> None:
    assert accusations("The European Union said the election in Belarus was neither free nor fair.") == [
        ("eu", "BLR", "the election in Belarus was neither free nor fair")]
    assert accusations("Observers from the OSCE said the vote in Azerbaijan was marred by fraud.") == [
        ("osce", "AZE", "the vote in Azerbaijan was marred by fraud")]
    assert accusations("Washington called the vote in Venezuela a sham.") == [
        ("USA", "VEN", "the vote in Venezuela a sham")]
    assert accusations("The EU said the election in Moldova was free and fair.") == []
    assert accusations("The EU said the vote in Georgia was marred by violence.") == []


def test_people_said_killed_in_a_named_side_s_strikes_charges_that_side() -> None:
    assert accusations("Ukraine said five people were killed in Russian shelling of Kharkiv.") == [
        ("UKR", "RUS", "five people were killed in Russian shelling of Kharkiv")]
    assert pairs("Afghanistan said 90 civilians were killed in US-led air strikes.") == [("AFG", "USA")]
    assert accusations("Five people were killed in Russian shelling of Kharkiv.") == []


def test_a_warrant_for_the_arrest_of_someone_charges_them() -> None:
    assert accusations("The ICC issued a warrant for the arrest of Russian President Vladimir Putin over the "
                       "deportation of children.") == [("icc", "vladimir-putin", "the deportation of children")]


def test_a_provocation_made_is_a_wrong_done_but_not_whatever_is_made() -> None:
    assert pairs("North Korea said South Korea had made another grave provocation.") == [("PRK", "KOR")]
    assert accusations("The US said Saudi Arabia has made quantum leaps in action against terrorist cells.") == []


def test_an_act_done_unlawfully_or_deliberately_is_a_wrong() -> None:
    assert pairs("Amnesty said Egypt had arbitrarily detained thousands of people.") == [
        ("amnesty-international", "EGY")]
    assert pairs("Poland said Belarus was deliberately pushing migrants across the border.") == [("POL", "BLR")]
    assert accusations("Germany said it had deliberately kept its embassy open.") == []


def test_associating_a_group_with_attacks_charges_it() -> None:
    assert pairs("Colombia associated the ELN with the bombing of the police academy.") == [("COL", "eln")]
    assert accusations("Colombia's president is associated with the Liberal Party.") == []


def test_retaliation_for_harsh_treatment_in_a_state_charges_that_state() -> None:
    assert accusations("The US expelled ten Russian diplomats in retaliation for harsh treatment of American "
                       "diplomats in Russia.") == [("USA", "RUS", "harsh treatment of American diplomats in Russia")]


def test_watching_as_someone_does_a_wrong_charges_them() -> None:
    assert accusations('"We have watched in horror as al-Qaeda beheaded innocent captives," US President George '
                       'W. Bush said.') == [("USA", "al-qaeda", "beheaded innocent captives")]


def test_recognition_in_a_relative_clause_or_by_the_only_country_that_recognises() -> None:
    assert ties("Northern Cyprus, which is recognised only by Turkey, claims the waters.") == [
        {"TUR", "northern-cyprus"}]
    assert ties("Turkey is the only country that recognises Northern Cyprus.") == [{"TUR", "northern-cyprus"}]
    assert ties("Russia was a former ally that backed Serbia.") == []


def test_troops_given_to_an_organisation_s_force_tie_the_giver_to_it_but_not_troops_sent_to_a_state() -> None:
    assert ties("Uganda contributes troops to AMISOM.") == [{"UGA", "amisom"}]
    assert ties("Chad has deployed 1,000 soldiers to the UN mission in Mali.") == [{"TCD", "un"}]
    assert ties("Russia sent troops to Syria.") == []


def test_a_quote_run_on_over_sentences_speaks_for_the_one_who_opened_it() -> None:
    text = ('In the speech, the elections were also mentioned. US President George W. Bush said that "over the past '
            'five years, we have seen moments of triumph. We have watched in admiration as 12 million Iraqis defied '
            'the terrorists and went to the polls. We have watched in horror as al-Qaeda beheaded innocent captives."')
    assert accusations(text) == [("USA", "al-qaeda", "beheaded innocent captives")]


def test_an_assertion_that_someone_did_wrong_is_a_charge() -> None:
    assert accusations("The Kremlin's assertion that Ukraine attacked first drew criticism.") == [
        ("RUS", "UKR", "Ukraine attacked first")]


def test_a_reaction_to_a_decision_calling_it_a_provocation_charges_whoever_decided() -> None:
    assert accusations("Moscow reacted angrily to Finland's decision to join NATO, calling it a provocation.") == [
        ("RUS", "FIN", "a provocation")]


def test_damage_done_by_a_side_is_a_wrong_but_not_damage_done_by_a_storm() -> None:
    assert pairs("Finland said a Chinese ship damaged the cable.") == [("FIN", "CHN")]
    assert accusations("The storm damaged three US warships, the Pentagon said.") == []


def test_a_state_beside_a_description_with_a_list_after_it_is_not_a_list_of_accused() -> None:
    text = ("India blamed Pakistan for the bombing.\n\nThe foreign ministry said Islamabad had given Jaish-e-Mohammed "
            "(JeM), the militant group that claimed the attack, \u201cfull freedom\u201d to operate.")
    assert ("IND", "jaish-e-mohammed") not in pairs(text)


def test_a_movement_named_for_socialism_is_a_party_not_an_armed_group() -> None:
    reading = read("Morales and Arce, once allies in the Movement for Socialism (MAS) party, have split.")
    assert [(a.name, a.kind) for a in reading.inventory.actors.values()] == [
        ("Movement for Socialism", "political_group")]


def test_the_speaker_after_a_closing_quote_is_no_one_supported() -> None:
    assert ties('"Official Belgrade is financially and logistically supporting these criminal gangs," Kosovo\'s '
                "prime minister Albin Kurti told reporters.") == []
    assert ties('"Iran is arming the Houthis," Saudi Arabia said.') == [{"IRN", "houthis"}]


def test_a_second_that_clause_the_parser_hangs_inside_the_first_report_is_reported_too() -> None:
    text = ("Thailand's government suspended talks with the BRN rebels. A government spokesman said the attacks "
            'were "a clear violation" of an agreement to reduce violence and that the BRN had "failed to control its '
            'fighters".')
    assert pairs(text) == [("THA", "brn")]


def test_a_second_act_the_parser_joins_to_said_is_done_by_the_report_s_subject() -> None:
    assert ties("Ethiopia's foreign minister said Asmara had been preparing to wage war and was funding Fano "
                "militias.") == [{"ERI", "fano"}]
    assert ties("The US imposed sanctions and is arming Ukraine.") == [{"USA", "UKR"}]


def test_drawing_closer_to_two_states_ties_to_both_but_not_to_the_subject_of_a_new_clause() -> None:
    assert ties("Egypt has drawn closer to Eritrea and Somalia, signing a security pact with both.") == [
        {"EGY", "ERI"}, {"EGY", "SOM"}]
    assert ties("Russia sided with Iran and Turkey opposed the plan.") == [{"RUS", "IRN"}]


def test_protesters_are_no_electoral_council_s_crowd() -> None:
    reading = read("The National Electoral Council (CNE), which is controlled by Maduro loyalists, declared Maduro "
                   "the winner. Maduro ordered the arrest of protesters, whom he called terrorists.")
    assert reading.inventory.forms[("protesters",)].actor == "protesters"


def test_a_charge_after_of_is_no_part_of_the_accused_group_s_name() -> None:
    assert accusations("Pakistan accused armed gangs of the killings.") == [("PAK", "armed-gangs", "the killings")]


def test_criminals_named_by_their_kind_alone_are_accused() -> None:
    assert pairs("Nigeria's police accused bandits of kidnapping the students.") == [("NGA", "bandits")]
    assert accusations("Pakistani intelligence said they believed the extremists killed were members of local "
                       "Taliban groups.") == []


def test_a_body_the_tagger_misses_is_named_by_its_head_with_a_plural_owner_or_a_date() -> None:
    assert pairs("The Seafarers' Assistance Program said the Kenyan navy had killed two pirates.") == [
        ("seafarers-assistance-program", "KEN")]
    assert pairs("The April 6 Youth Movement accused Egyptian police of torturing activists.") == [
        ("april-6-youth-movement", "EGY")]


def test_a_rights_body_named_after_its_state_with_its_cause_after_for_is_no_organ_of_the_state() -> None:
    assert pairs("Zimbabwe Lawyers for Human Rights accused Zimbabwe's police of beating activists.") == [
        ("zimbabwe-lawyers-for-human-rights", "ZWE")]


def test_a_passive_condemnation_with_no_charge_named_is_the_charge() -> None:
    assert accusations("Iran was condemned by Saudi Arabia.") == [("SAU", "IRN", "condemned")]
    assert accusations("The attack was condemned by Egypt.") == []


def test_latin_america_is_no_united_states() -> None:
    assert "USA" not in read("The raid drew condemnation from across Latin America.").inventory.actors


def test_a_label_the_parser_reads_as_the_participle_s_object_still_labels_the_act() -> None:
    assert pairs("Venezuela called the sanctions imposed by Washington an act of economic aggression.") == [
        ("VEN", "USA")]


def test_an_order_given_with_its_reason_is_charged_with_the_reason() -> None:
    assert accusations("Niger's junta ordered French troops to leave, saying they were a threat to its "
                       "sovereignty.") == [("NER", "FRA", "they were a threat to its sovereignty")]


def test_bullying_is_a_wrong() -> None:
    assert pairs('"China is bullying its neighbours," the Philippine defence secretary told reporters.') == [
        ("PHL", "CHN")]


def test_the_use_of_force_is_the_act_told_before() -> None:
    assert pairs("Ugandan police fired tear gas at protesters on Monday. Amnesty International condemned the use "
                 "of excessive force against demonstrators.") == [("amnesty-international", "UGA")]


def test_a_coup_is_the_seizure_of_power_told_before_or_the_state_it_happens_in() -> None:
    assert accusations("Niger's army seized power on Wednesday. France condemned the coup.") == [
        ("FRA", "NER", "the coup")]
    assert pairs("ECOWAS called the coup in Niger a serious violation of the constitutional order.") == [
        ("ecowas", "NER")]


def test_a_label_read_as_the_end_of_a_place_s_name_charges_no_place() -> None:
    assert accusations("Russia called the attacks in Syria terrorism.") == []


def test_the_attempt_s_agent_seeks_the_ceasefire_not_the_sides_resuming_talks() -> None:
    assert mediators("Delegations from Sudan's army and the RSF resumed talks in Jeddah, in a fresh attempt by "
                     "Saudi Arabia and the United States to broker a ceasefire.") == ["SAU", "USA"]


def test_a_call_to_avoid_violence_is_no_move_welcomed() -> None:
    assert ties("Soldiers seized power in the capital on Wednesday. Russia called on all sides to avoid violence. "
                "The opposition welcomed the move.") == []


def test_the_act_condemned_is_not_the_condemner_s_own_nor_one_only_vowed() -> None:
    text = ("A car bomb exploded at a police station in Beledweyne. Al-Shabaab claimed responsibility for the attack. "
            "Somalia's president vowed to continue the offensive against the group. The United States, which has "
            "carried out drone strikes against al-Shabaab, also condemned the bombing.")
    assert [p for p in pairs(text) if p[0] == "USA"] == [("USA", "al-shabaab")]


def test_a_pact_s_name_and_a_word_before_a_plural_owner_make_no_body_of_their_own() -> None:
    names = {a.name for a in read("The tariffs violate Kosovo's Stabilisation and Association Agreement with the "
                                  "EU.").inventory.actors.values()}
    assert names and not any("Association" in n for n in names)
    text = ("The pro-Kurdish Peoples' Democratic Party (HDP) is the third-largest party. In a statement, the HDP "
            "accused the government of using the courts against its voters.")
    assert not any("Kurdish Peoples" in a.name for a in read(text).inventory.actors.values())


def test_an_unnamed_inquiry_s_finding_is_reported_by_the_one_who_tells_it() -> None:
    assert pairs("Britain said investigators had concluded that Russian military intelligence was behind the "
                 "poisoning.") == [("GBR", "RUS")]
    assert pairs("Investigators concluded that Russia was behind the poisoning, Britain said.") == [("GBR", "RUS")]
    assert pairs("Britain said Russia had concluded that Ukraine was behind the attack.") == [("RUS", "UKR")]


def test_a_part_in_a_wrong_is_charged_and_a_wrong_with_no_evidence_is_not() -> None:
    assert pairs("The Netherlands said evidence pointed to Russian involvement in the downing of the airliner.") == [
        ("NLD", "RUS")]
    assert pairs("Germany said it had no evidence of Iranian attacks on shipping.") == []
    assert pairs("Israel said there had been no Israeli strike on the hospital.") == []


def test_serving_a_body_called_terrorist_is_a_charge_but_suffering_a_terrorist_attack_is_not() -> None:
    text = ("Police detained leaders of the pro-Kurdish Peoples' Democratic Party (HDP). \"They are the messenger "
            "boys of a terrorist organisation,\" Turkish President Recep Tayyip Erdogan said of the HDP.")
    assert [b for _, b in pairs(text)] == ["peoples-democratic-party"]
    assert pairs("Turkey says the YPG is the Syrian branch of a terrorist organisation.") == [("TUR", "ypg")]
    assert pairs("Iraq said the victims of the terrorist attack were Iranian pilgrims.") == []


def test_no_alternative_to_a_wrong_still_charges_it_and_evidence_held_is_reported() -> None:
    assert pairs("Britain said there was no plausible alternative explanation to Russian responsibility for the "
                 "poisoning.") == [("GBR", "RUS")]
    assert pairs("On Friday Maj. Gen. Oleg Petrov, a Russian defence ministry spokesman, said Moscow had evidence "
                 'that Britain was "directly involved in organising this provocation".') == [("RUS", "GBR")]


def test_a_name_set_off_before_said_is_its_subject_when_the_parser_hangs_it_elsewhere() -> None:
    text = ("Asked by reporters about the army's withdrawal from the region—including her own village of Bulo—a "
            "teacher and mother of three, Amina Yusuf, said that al-Shabaab was responsible for the killings.")
    assert pairs(text) == [("amina-yusuf", "al-shabaab")]


def test_a_name_ends_at_its_head_and_an_air_base_is_no_airline() -> None:
    names = {a.name for a in read("Iran sanctioned Mahan Air and Iran Air.").inventory.actors.values()}
    assert {"Mahan Air", "Iran Air"} <= names
    names = {a.name for a in read("The US is facing pressure in Kyrgyzstan over its Manas Air Base.").inventory.actors.values()}
    assert names and not any("Manas" in n for n in names)


def test_each_other_s_charge_hung_on_other_is_still_the_charge() -> None:
    text = ("Ethiopia and Sudan have long disputed the border region. Both countries accuse each other of supporting "
            "rebels.")
    assert accusations(text) == [("ETH", "SDN", "supporting rebels"), ("SDN", "ETH", "supporting rebels")]


def test_a_claim_set_against_the_report_with_while_is_no_part_of_it() -> None:
    assert accusations("Kyiv says Moscow is using the plant as a shield, while Russia says Ukrainian forces are "
                       "shelling it.") == [("UKR", "RUS", "is using the plant as a shield"),
                                           ("RUS", "UKR", "are shelling it")]


def test_refusing_to_recognise_or_ceasing_to_back_ties_no_one() -> None:
    assert ties("Serbia refuses to recognise Kosovo.") == []
    assert ties("The US stopped supporting the rebels in 2017.") == []
    assert ties("Russia agreed to supply Armenia with weapons.") == [{"RUS", "ARM"}]


def test_relying_on_a_state_for_security_ties_them_but_for_gas_does_not() -> None:
    assert ties("Armenia relies on Russia for weapons and security guarantees.") == [{"ARM", "RUS"}]
    assert ties("Germany relies on Russia for gas.") == []


def test_a_mediator_s_own_close_ties_hold_in_the_sentence_it_mediates() -> None:
    reading = read("Egypt, which has close ties to Sudan's army, hosted talks between the two sides.")
    assert [set(t.members) for t in reading.ties] == [{"EGY", "SDN"}] and mediators(reading) == ["EGY"]


def test_the_rebels_are_the_bloc_of_the_armed_groups_it_is_made_up_of() -> None:
    text = ("The Northern Brotherhood Alliance, made up of the Kachin Independence Army, the Myanmar National "
            "Democratic Alliance Army and the Ta'ang National Liberation Army, launched an offensive in October. "
            "Myanmar's military accused the rebels of attacking civilians in Lashio. The alliance said the army had "
            "bombed villages.")
    assert pairs(text) == [("MMR", "northern-brotherhood-alliance"), ("northern-brotherhood-alliance", "MMR")]


def test_the_alliance_is_a_name_headed_by_alliance_before_for() -> None:
    text = ("The opposition Civic Alliance for Justice and Democracy called off talks with the government. Nicaragua's "
            "government accused the alliance of blocking roads.")
    assert pairs(text) == [("NIC", "civic-alliance-for-justice-and-democracy")]


def test_to_whom_a_side_is_denounced_is_no_charge() -> None:
    assert accusations("Mohammed Jan denounced Abdul Razzak to the Americans.") == [
        ("mohammed-jan", "abdul-razzak", "denounced Abdul Razzak")]


def test_a_body_s_head_after_for_is_no_name_of_its_own() -> None:
    names = {a.name for a in read("The Cinema for Peace Foundation flew the opposition leader to Berlin.").inventory.actors.values()}
    assert "Peace Foundation" not in names


def test_a_pact_signed_with_a_side_ties_the_two_even_when_alleged() -> None:
    text = ("Somalia accused Addis Ababa of violating its sovereignty by signing a port deal with the breakaway region "
            "of Somaliland.")
    assert [(set(t.members), t.kind) for t in read(text).ties] == [({"ETH", "somaliland"}, "alleged_involvement")]
    assert ties("Israel signed a peace deal with the UAE.") == []


def test_the_federal_government_is_the_one_other_state_its_sentence_names() -> None:
    text = ("Ethiopia and Somalia held talks in Ankara. Turkey trains Somali soldiers at its base in Mogadishu, and "
            "signed a defence agreement with the federal government in February.")
    assert ties(text) == [{"TUR", "SOM"}]


def test_a_protest_to_a_state_after_its_act_charges_it_with_the_act() -> None:
    assert accusations("The Philippines protested to China after a Chinese coast guard vessel fired water cannon at a "
                       "Philippine supply boat.") == [
        ("PHL", "CHN", "a Chinese coast guard vessel fired water cannon at a Philippine supply boat")]
    assert accusations("Ukraine protested to Hungary after the visit.") == []


def test_the_agent_the_parser_hangs_on_the_charge_is_the_accuser() -> None:
    assert accusations("Myanmar's troops were blamed for the massacre by Amnesty International.") == [
        ("amnesty-international", "MMR", "the massacre")]
    assert accusations("Russia was accused of the attack by Ukraine.") == [("UKR", "RUS", "the attack")]


def test_a_group_s_allied_militias_are_not_the_group() -> None:
    text = ("Fighting resumed in eastern Congo despite a ceasefire brokered by Angola. The M23 rebels said government "
            "forces and allied militias had attacked their positions near Goma.")
    assert pairs(text) == [("m23", "COD")]
    assert ties(text) == []


def test_dismissing_a_report_as_a_lie_is_a_denial_not_a_charge() -> None:
    assert pairs("Eritrea's information minister dismissed the UN report as a fabrication.") == []
    assert pairs("Russia dismissed the claims as baseless.") == []


def test_voting_with_a_state_ties_the_two() -> None:
    assert ties("China voted with Russia against the resolution.") == [{"CHN", "RUS"}]


def test_a_company_that_denies_a_charge_is_a_side() -> None:
    text = ("The union IG Metall said the carmaker had fired workers for organising. The Brotherhood denied the "
            "claims. The protesters say the Brotherhood fired on the protesters, killing five.")
    names = {a.name for a in read(text).inventory.actors.values()}
    assert "Brotherhood" in names


def test_a_gerund_s_infinitive_the_parser_hangs_on_the_verb_is_part_of_the_charge() -> None:
    assert accusations("The Conservatives accused Labour of planning to raise taxes.") == [
        ("conservatives", "labour", "planning to raise taxes")]


def test_a_label_given_in_the_passive_is_the_charge_not_its_agent() -> None:
    text = ("Putin said Russia had to defend itself against threats from Ukraine. The claim was described by the "
            "United States as Russian propaganda.")
    assert accusations(text) == [("USA", "RUS", "Russian propaganda")]


def test_the_target_of_a_condemned_act_is_part_of_it_but_not_its_day() -> None:
    assert accusations("Iraq condemned the Turkish air strike on a resort in Duhok.") == [
        ("IRQ", "TUR", "the Turkish air strike on a resort in Duhok")]
    assert accusations("Iraq condemned the Turkish air strike on Tuesday.") == [("IRQ", "TUR", "the Turkish air strike")]


def test_a_militant_facilitator_is_no_go_between() -> None:
    assert mediators("The statement said the strike had killed an Islamic State facilitator.") == []
    assert mediators("Norway acted as facilitator in the talks between Colombia and the FARC.") == ["NOR"]


def test_a_dash_set_apart_by_spaces_ends_a_name() -> None:
    names = {a.name for a in read("PRAGUE, April 18 - The Czech Republic expelled 18 Russian diplomats.").inventory.actors.values()}
    assert "Czech Republic" in names and not any("April" in n for n in names)


def test_an_untitled_official_in_wire_copy_is_of_the_dateline_s_state() -> None:
    text = ("ISTANBUL, Feb 27 — A Turkish court ordered a German journalist held on terrorism charges, drawing "
            "criticism from Berlin. Turkey's foreign ministry rejected the criticism, and Turkey's president backed "
            "the court. The journalist writes for German newspapers. Justice Minister Ahmet Demirci told reporters "
            "that the journalist was a terrorist agent. He also accused Germany of giving shelter to PKK militants. "
            "Germany and Turkey are NATO allies.")
    assert ("TUR", "DEU") in pairs(text)


def test_a_state_s_court_is_not_the_european_court_the_article_names() -> None:
    text = ("A Turkish court on Monday ordered a journalist held, drawing criticism from Berlin. His lawyer said she "
            "would take the case to the European Court of Human Rights.")
    names = {a.name for a in read(text).inventory.actors.values()}
    assert {"Turkey", "European Court of Human Rights"} <= names  # the Turkish court is Turkey's


def test_treating_someone_as_a_hostage_is_a_wrong() -> None:
    assert accusations("Berlin's foreign minister said Ankara was treating a German citizen as a hostage.") == [
        ("DEU", "TUR", "was treating a German citizen as a hostage")]
    assert accusations("Kenya said Somalia was treating refugees as guests.") == []


def test_a_company_word_is_no_church_or_association_named_in_the_piece() -> None:
    text = ("MANAGUA — Police raided the offices of the independent television channel 100% Noticias. The National "
            "Police accused the channel of inciting hatred. The Nicaraguan Episcopal Conference, which has mediated "
            "the national dialogue, said it was carrying messages between the two sides.")
    assert "nicaraguan-episcopal-conference" not in {a for _, a in pairs(text)}


def test_a_party_called_a_partner_in_a_coalition_is_a_side_tied_to_its_leader() -> None:
    text = ("Israel's Supreme Court struck down the law. The prime minister's Likud party called the ruling "
            "regrettable. Jewish Power, a far-right partner in Likud's governing coalition, went further, accusing the "
            "court of staging a judicial coup.")
    assert ("jewish-power", "supreme-court") in pairs(text)
    assert {"jewish-power", "likud"} in ties(text)


def test_a_party_officer_charged_by_a_court_is_named_by_name_not_title() -> None:
    text = ("Thailand's Constitutional Court dissolved the ruling People's Power Party (PPP). The judges ruled that a "
            "PPP deputy leader, Chaiwat Srisuk, had bought votes in the election.")
    assert "PPP deputy leader, Chaiwat Srisuk" not in {a.name for a in read(text).inventory.actors.values()}


def test_where_an_untitled_minister_speaks_says_whose_he_is() -> None:
    text = ("QUITO, Aug 14 — Ecuador asked Panama to hand over former president Julio Benavides. Panama, which "
            "granted him asylum, said it would study the request. Foreign Minister Ernesto Quintero told reporters in "
            "Panama City that Ecuador's authorities were subjecting the former president to political persecution.")
    assert ("PAN", "ECU") in pairs(text)
    assert accusations("Panama said Ecuador had subjected the bill to a review.") == []


def test_its_neighbour_is_the_state_its_sentence_names_after_it() -> None:
    text = ("In 2018 a Norwegian inspector was jailed in Moscow. Danish Foreign Minister Lars Holm said Copenhagen "
            "stood fully behind its neighbour and would coordinate closely with Oslo on security matters.")
    assert ties(text) == [{"DNK", "NOR"}]


def test_its_in_a_charge_s_purpose_clause_is_the_one_charged() -> None:
    text = "Russia's foreign ministry accused Oslo of fuelling spy mania to please its NATO allies."
    assert ties(text) == [{"NOR", "nato"}]


def test_a_second_object_after_a_comma_is_the_name_s_apposition() -> None:
    text = ("Zaw Min Tun told state television that the strike had targeted a ceremony of the People's Defence Force "
            "(PDF), the NUG's armed wing.")
    assert ties(text) == [{"peoples-defence-force", "national-unity-government"}]


def test_a_relative_clause_on_a_name_s_apposition_is_said_of_the_name() -> None:
    text = ("Myanmar's junta said the strike targeted the People's Defence Force, the NUG's armed wing, which it "
            "called a terrorist group.")
    assert pairs(text) == [("MMR", "peoples-defence-force")]


def test_them_in_a_relative_clause_on_the_second_of_two_sides_is_the_first() -> None:
    text = ("France said the massacre had been committed by the Malian armed forces and by Wagner Group mercenaries "
            "who have been deployed alongside them since December.")
    assert pairs(text) == [("FRA", "MLI"), ("FRA", "wagner-group")]
    assert ties(text) == [{"wagner-group", "MLI"}]


def test_the_sides_a_go_between_mediates_between_are_no_hosts_of_the_talks() -> None:
    text = ("Congo and Rwanda have traded accusations for months. Angola's President Joao Lourenco, who has been "
            "mediating between the two neighbours, hosted talks in Luanda in July.")
    assert mediators(text) == ["AGO"]


def test_a_dateline_venue_named_less_than_the_sides_is_no_home_state() -> None:
    text = ("DOHA — Delegations from the Democratic Republic of the Congo and the M23 rebels resumed talks in Qatar on "
            "Monday. Congo accused Rwanda of arming the M23, and Rwanda denied it. Congo's army said the fighting in "
            "Congo had displaced thousands. The rebels accused government forces of shelling their positions near "
            "Walikale.")
    assert ("m23", "COD") in pairs(text)


def test_a_dateline_city_in_a_piece_that_names_no_state_reads_without_error() -> None:
    reading = read("MUMBAI — Chief Minister Rao resigned on Wednesday night after Governor Kumar ordered a floor test.")
    assert reading.inventory.home_state() in (None, "IND")


def names(text: str) -> set[str]:
    """The names of the actors the text's mentions name."""
    reading = read(text)
    return {reading.inventory.name_of(m.actor) for m in reading.inventory.mentions}


def test_a_word_of_a_name_in_brackets_is_its_short_name() -> None:
    text = ("Umoja Pamoja Wetu (Umoja), the party of the former vice-president, joined the government. The Orange "
            "Democratic Movement (ODM) and Umoja signed their agreement in Nairobi on Friday.")
    assert ties(text) == [{"orange-democratic-movement", "umoja-pamoja-wetu"}]


def test_a_bracketed_acronym_after_a_list_names_the_last_of_the_list_only() -> None:
    text = "The Unity List signed a deal with the Greens, and the Democratic Party of the Left (PDS) also pledged its support."
    assert names(text) == {"Greens", "Democratic Party of the Left"}


def test_the_unnamed_leader_of_a_party_called_by_its_adjective_is_the_party() -> None:
    text = ("Sanchez was re-elected after his Spanish Socialist Workers' Party (PSOE) agreed an amnesty. The deciding "
            "votes came from Junts per Catalunya (Junts), the party of former Catalan leader Carles Puigdemont. The "
            "conservative People's Party (PP) accused the Socialist leader of buying his re-election.")
    assert pairs(text) == [("peoples-party", "spanish-socialist-workers-party")]


def test_groups_listed_in_an_aside_after_a_bloc_are_its_members_and_its_count() -> None:
    text = ("Mali's army lost the town of Anefis to the Strategic Framework - the Azawad Liberation Front, the Imghad "
            "Tuareg Self-Defence Group and the Arab Movement of Azawad - in August. The army said it would retake "
            "it within days. Residents fled south. In a joint statement, the three groups accused the army of "
            "killing civilians.")
    members = {"azawad-liberation-front", "imghad-tuareg-self-defence-group", "arab-movement-of-azawad"}
    assert members in ties(text)
    assert sorted(pairs(text)) == sorted((member, "MLI") for member in members)


def test_fighters_loyal_to_a_group_who_fight_alongside_another_tie_the_two() -> None:
    text = ("The Kachin Independence Army (KIA) seized a jade-mining town. Fighters loyal to the Kachin Political "
            "Council have fought alongside the KIA since March.")
    assert ties(text) == [{"kachin-political-council", "kachin-independence-army"}]


def test_a_name_and_its_acronym_before_party_name_a_party_whatever_their_case() -> None:
    text = ("Former mayor Sipho Dlamini's iNkosi yeSizwe (IYS) party boycotted the sitting. The IYS accused the "
            "Electoral Commission of rigging the count in three provinces.")
    assert "iNkosi yeSizwe" in names(text)


def test_an_unnamed_opposition_party_in_the_lede_is_the_party_the_next_sentence_opens_on() -> None:
    text = ("ACCRA, Dec 12 (Reuters) - Ghana's main opposition party on Friday accused the government of doctoring the "
            "results of the presidential election. The National Democratic Congress (NDC), whose candidate John Mahama "
            "finished second to President Nana Akufo-Addo, said tally sheets had been altered. The ruling New "
            "Patriotic Party (NPP) denied the charge.")
    assert pairs(text) == [("national-democratic-congress", "GHA")]


def test_the_candidate_a_party_is_said_to_have_is_the_party() -> None:
    text = ("The Alliance for Change (AFC), whose candidate Rosa Mendes finished second, filed a petition. The "
            "ruling People's Party accused Mendes of inciting violence.")
    assert pairs(text) == [("peoples-party", "alliance-for-change")]


def test_the_one_a_bloc_appoints_as_its_facilitator_and_the_bloc_go_between() -> None:
    text = ("Kenya's President Daniel Moi suspended parliament. The East African Community (EAC) has appointed "
            "Tanzania's Vice President Omar Juma as its facilitator.")
    assert mediators(text) == ["TZA", "eac"]


def test_sides_that_join_forces_are_tied_however_their_owners_are_written() -> None:
    assert ties("The Liberal Democratic Party and the New Komeito joined forces to form a cabinet.") == [
        {"liberal-democratic-party", "new-komeito"}]
    text = ("Sharif's Pakistan Muslim League (PML) and Bhutto's Pakistan Peoples Party (PPP) joined forces to form a "
            "new cabinet.")
    assert ties(text) == [{"pakistan-muslim-league", "pakistan-peoples-party"}]


def test_a_go_between_no_one_offered_is_none() -> None:
    text = ("The United States, the African Union and Japan urged all parties to respect the constitution, but none "
            "offered to broker a settlement.")
    assert mediators(text) == []


def test_a_city_s_name_after_an_untagged_given_name_is_a_person_s() -> None:
    text = "A court in Myanmar sentenced two journalists, Wa Lone and Kyaw Soe Oo, to seven years in prison."
    assert "India" not in names(text)


def test_the_pair_is_the_two_named_last() -> None:
    text = ("Myanmar jailed the reporters Aung Min Lwin and Kyaw Soe Oo. Foreign Minister Thet Lwin said the pair "
            "had plotted a coup.")
    assert pairs(text) == [("MMR", "aung-min-lwin"), ("MMR", "kyaw-soe-oo")]


def test_the_first_word_of_a_linked_name_alone_is_the_group() -> None:
    text = ("The Islamist Jamaat-e-Islami party joined the boycott. The interior minister blamed the Awami League and "
            "Jamaat for the arson.")
    assert len([name for name in names(text) if name.startswith("Jamaat")]) == 1


def test_a_name_goes_on_through_a_capitalised_against_and_a_party_s_short_name_in_brackets() -> None:
    text = ("Nasralla ran for the Popular Alliance Against Corruption, which is led by the Freedom and Renewal party "
            "(Renew) of Manuel Zelaya.")
    assert {"Popular Alliance Against Corruption", "Freedom and Renewal"} <= names(text)
    assert "Renew" not in names(text)


def test_a_candidate_a_former_president_and_a_runner_up_speak_for_their_parties() -> None:
    text = ("Bolivia's government accused Evo Morales of sedition. Former President Evo Morales's Movement for "
            "Socialism (MAS) party denied it. Morales said the coup was plotted by Luis Rocha, the runner-up and "
            "leader of the Civic Union alliance. Maria Gonzales, a lawyer who ran for the Green Front, accused the "
            "army of killing protesters.")
    assert ("BOL", "movement-for-socialism") in pairs(text)
    assert ("green-front", "BOL") in pairs(text)


def test_the_names_listed_after_a_go_between_s_by_all_go_between() -> None:
    text = ("Bolivia's government and the opposition agreed on a law after talks brokered by the United Nations, the "
            "European Union and the Roman Catholic Church.")
    assert mediators(text) == ["eu", "roman-catholic-church", "un"]
    text = ("At a summit hosted by Brazil's President Lula in Brasilia, Colombia, Ecuador and Venezuela shook hands "
            "and agreed to end the crisis.")
    assert mediators(text) == ["BRA"]


def test_a_party_called_by_its_state_s_name_is_a_party() -> None:
    text = "Namah, whose PNG Party is the prime minister's main coalition partner, accused the chief justice of bias."
    assert "PNG Party" in names(text)


def test_the_names_of_a_joint_act_s_time_are_no_members() -> None:
    text = ("Norway and Denmark applied together for membership in May, abandoning decades of neutrality after "
            "Russia's invasion of Ukraine.")
    assert ties(text) == [{"NOR", "DNK"}]


def test_the_one_an_act_is_done_to_is_not_charged_with_it() -> None:
    text = ("Saudi Arabia and Bahrain cut ties with Qatar. Parliament in Ankara approved sending more troops to a "
            "Turkish base in Qatar, and President Recep Tayyip Erdogan called the isolation of the emirate "
            '"inhumane and against Islamic values".')
    assert ("TUR", "QAT") not in pairs(text)


def test_the_candidate_a_side_won_as_speaks_for_the_side() -> None:
    text = ("Violeta Chamorro defeated President Daniel Ortega as the candidate of the National Opposition Union "
            "(UNO). Chamorro accused the Sandinista National Liberation Front of intimidating voters.")
    assert pairs(text) == [("national-opposition-union", "sandinista-national-liberation-front")]


def test_a_region_s_adjective_before_its_office_names_the_region() -> None:
    text = ("The Bavarian government accused Berlin of starving the region of funds. Bavaria will hold a vote in "
            "May.")
    assert pairs(text) == [("bavaria", "DEU")]


def test_those_who_lead_or_make_up_a_mediation_mission_go_between() -> None:
    text = ("West African leaders failed to persuade Guinea's junta to hand over power. The mediation mission of "
            "the Economic Community of West African States (ECOWAS) was led by Senegalese President Macky Sall and "
            "included Nigeria's Muhammadu Buhari, Ghana's president Nana Akufo-Addo and Ernest Bai Koroma of Sierra "
            "Leone.")
    assert mediators(text) == ["GHA", "NGA", "SEN", "SLE", "ecowas"]


def test_its_president_after_a_state_named_in_the_sentence_is_that_state_s() -> None:
    text = ("Colombian President Alvaro Uribe broke off relations with Ecuador on Monday, accusing its president, "
            "Rafael Correa, of sheltering the rebels.")
    assert pairs(text) == [("COL", "ECU")]


def test_the_head_of_a_named_province_speaks_for_it_not_for_what_else_he_is_said_to_support() -> None:
    text = ("Nigeria's army withdrew from the villages. Simon Bako, the governor of Plateau State and an outspoken "
            "supporter of Ghana, accused the army of failing to protect villagers.")
    assert pairs(text) == [("plateau", "NGA")]


def test_the_name_beside_a_state_s_government_is_the_state_s() -> None:
    text = ("Sudan's military government, the Transitional Sovereignty Council, rejected the report. The council "
            "has declared the Sudanese Professionals Association a terrorist organisation.")
    assert pairs(text) == [("SDN", "sudanese-professionals-association")]


def test_two_named_as_one_side_s_closest_allies_are_each_its_ally_not_each_other_s() -> None:
    text = ("Belarus's President Alexander Lukashenko cracked down on protests. Russia and Kazakhstan, Lukashenko's "
            "closest allies, have expressed support for his government.")
    assert sorted(sorted(t) for t in ties(text)) == [["BLR", "KAZ"], ["BLR", "RUS"]]


def test_the_states_of_former_presidents_who_lead_talks_together_are_no_tie() -> None:
    text = ("The talks were led by the AU's envoy, former Nigerian president Olusegun Obasanjo, together with former "
            "Kenyan president Uhuru Kenyatta.")
    assert ties(text) == []


def test_a_go_between_s_role_offered_on_a_condition_is_none() -> None:
    text = ("Saudi Arabia cut ties with Iran. Russia said it was ready to act as a go-between if Riyadh and Tehran "
            "wished.")
    assert mediators(text) == []


def test_a_name_the_article_calls_the_press_reports_and_is_no_side() -> None:
    text = ("Cable television network CNBC says Kenyan police detained the opposition leader overnight. The Greek "
            "newspaper Ta Nea reported that Turkish jets had violated Greek airspace.")
    assert not {"CNBC", "Ta Nea"} & names(text)
    assert ("cnbc", "KEN") not in pairs(text)


def test_a_broadcaster_s_name_is_no_mention_of_the_city_or_state_it_carries() -> None:
    text = "A blast in the market killed Doha TV cameraman Ali Hamid and wounded eleven people."
    assert names(text) & {"Qatar", "Doha TV"} == set()


def test_an_outlet_named_as_the_press_still_accuses_when_it_accuses() -> None:
    text = "The Israeli daily Haaretz accused the Defence Ministry of hiding the report."
    assert "Haaretz" in names(text)


def test_a_title_or_a_demonym_noun_before_a_person_s_name_is_no_part_of_it() -> None:
    text = ("Briton John Hale, an aid worker, was abducted by gunmen in Niamey. Professor Helen Okafor said the "
            "kidnappers had demanded a ransom.")
    assert {"John Hale", "Helen Okafor"} <= names(text)
    assert "Briton John Hale" not in names(text)


def test_an_act_only_feared_or_guarded_against_is_no_charge() -> None:
    text = ("The Taliban said its fighters are needed for defence against a possible Pakistani attack. Analysts "
            "said the fear of an attack by Russia shaped Finland's policy, the minister said.")
    assert pairs(text) == []


def test_an_envoy_a_state_posts_to_an_organisation_is_no_go_between() -> None:
    text = ("The Egyptian AU envoy, Amr Hassan, condemned the rebel attack on the capital. Sudan's UN envoy said "
            "the rebels had shelled Khartoum.")
    assert mediators(text) == []


def test_he_inside_a_quote_is_not_its_speaker() -> None:
    text = ("Kenyan President William Ruto accused Uganda of arming the rebels. Opposition senator Okiya Omtatah "
            "said: \"Instead of calming the region, he has inflamed it. By accusing Uganda of arming the rebels, he "
            "has insulted our neighbours.\"")
    assert ("okiya-omtatah", "UGA") not in pairs(text)  # he accused Uganda, not the senator
    assert ("okiya-omtatah", "william-ruto") in pairs(text)


def test_a_view_one_side_says_another_holds_is_not_the_other_s_charge() -> None:
    text = "Iran's foreign minister claimed Washington believed Iraqis are \"savages\", days before the talks."
    assert ("USA", "IRQ") not in pairs(text)


def test_those_arrested_with_the_accused_are_no_charge() -> None:
    text = "Israeli envoy Dan Meridor decried the video. He was arrested with other politicians after the raid."
    assert accusations(text) == []


def test_a_training_video_or_ground_and_a_warning_tie_no_one() -> None:
    text = ("Hezbollah released a training video and warned Israel that any strike would be answered. Mali is "
            "becoming a training ground for militants, France said.")
    assert ties(text) == []


def test_it_in_a_quote_is_never_a_person_other_than_its_speaker() -> None:
    text = ("French President Nicolas Sarkozy greeted Ingrid Betancourt in Paris. Sarkozy praised her courage. \"It "
            "is a completely hostile environment with dangerous animals,\" Betancourt said.")
    assert pairs(text) == []


def test_a_paper_or_channel_named_after_a_place_is_no_mention_of_its_state() -> None:
    text = ("The Kyiv Independent reported that Russian forces shelled Kharkiv overnight. Voice of America (VoA) said "
            "the strikes hit a school.")
    assert pairs(text) == []
    assert not {"United States", "VoA"} & names(text)


def test_to_deal_with_someone_is_to_handle_them_not_a_deal_with_them() -> None:
    text = ("Iraqi Prime Minister Haider al-Abadi said the purpose of the offensive in Mosul \"was only to deal with "
            "these gangs\", some of whom, he says, are \"worse than al-Qaeda\".")
    assert ties(text) == []


def names_of(text: str) -> set[str]:
    return {info.name for info in read(text).inventory.actors.values()}


def test_a_name_the_tagger_half_tags_is_a_person_named_in_full() -> None:
    text = ("The newspaper quoted Micah Brose, a privately contracted interrogator, who said officers were under "
            "pressure. Brose accused the army of hiding the evidence.")
    assert "Micah Brose" in names_of(text)


def test_an_apposition_read_as_and_still_gives_the_office_its_state() -> None:
    text = ("Marek Zielny, Polish Undersecretary of State for Defence, said Russian troops had violated the border "
            "near Suwalki.")
    assert pairs(text) == [("POL", "RUS")]


def test_an_owned_act_a_clause_labels_a_wrong_charges_its_owner() -> None:
    text = ("Lithuania's defence minister also mentioned Russian action in Georgia, which he called \"aggressive "
            "actions in our vicinity\".")
    assert pairs(text) == [("LTU", "RUS")]



def test_a_report_the_other_side_answers_after_a_comma_is_still_the_reporter_s_charge() -> None:
    text = "Turkey said Greek warships had violated its territorial waters, a charge Athens rejected."
    assert pairs(text) == [("TUR", "GRC")]


def test_what_two_sides_propose_or_draft_together_ties_them() -> None:
    text = ("The declaration, which was proposed by Norway and Chile, condemns attacks on aid workers. A resolution "
            "drafted by Canada and Japan calls for a ceasefire.")
    assert sorted(tuple(sorted(t.members)) for t in read(text).ties) == [("CAN", "JPN"), ("CHL", "NOR")]


def test_an_acronym_kept_from_another_language_names_the_party_after_the() -> None:
    text = ("Pascal Kouame of the Ivorian Popular Front (FPI) rejected the results. FPI lawmakers then teamed up with "
            "the ruling coalition.")
    named = [m.actor for m in read(text).inventory.mentions if m.text in ("FPI", "Ivorian Popular Front")]
    assert named == ["ivorian-popular-front"] * 3  # the name and both acronyms


def test_the_co_chairs_of_a_mediating_format_mediate_and_are_no_bloc() -> None:
    text = "The Contact Group, co-chaired by Norway, Chile and Canada, mediated the border dispute for a decade."
    assert read(text).ties == []


def test_an_organisation_s_officer_for_a_place_speaks_for_the_organisation() -> None:
    text = "Pierre Wettach, the ICRC chief for Israel, said the Israeli military had shelled the convoy."
    assert accusations(text) == [("icrc", "ISR", "had shelled the convoy")]


def test_a_quotation_running_on_after_its_attribution_is_the_same_speaker_s() -> None:
    text = ('"This is a shocking incident," said Pierre Wettach, a Red Cross official. "We waited for four days. '
            'The Israeli military shelled the convoy."')
    assert accusations(text) == [("icrc", "ISR", "shelled the convoy")]


def test_a_quotation_reopened_in_run_together_paragraphs_does_not_make_narration_speech() -> None:
    text = ('"We came when the soldiers warned us," the father said. "We hoped it would be safe. "Suddenly we '
            'heard a bomb, and the Palestinian Red Crescent could not reach us." Israeli forces also shot a man in '
            'the West Bank.')
    assert accusations(text) == []  # the last sentence is the reporter's, no charge by the Red Crescent


def test_they_after_a_plural_no_actor_is_goes_back_no_further() -> None:
    text = ('The Justice and Equality Movement attacked the town on Monday. "Soldiers came at night," said Ali '
            'Hassan of Amnesty International. "They burned our houses."')
    assert accusations(text) == []  # the soldiers burned them, whoever's they are; not the movement


def test_the_doers_of_a_wrong_a_quotation_describes_are_a_side() -> None:
    text = ('Tribal clashes spread on Monday. "Gangs of Kalenjin warriors invaded the village. Then they burned '
            'the houses," said Karanja Njoroge, a retired professor.')
    assert [(a, b) for a, b, _ in accusations(text)][:1] == [("karanja-njoroge", "gangs-of-kalenjin-warriors")]


def test_a_known_leader_s_surname_alone_names_the_leader_s_state() -> None:
    assert pairs("Putin said Ukraine had shelled Donetsk.") == [("RUS", "UKR")]
    text = 'Libya\'s spokesman said: "We hold Mr. Obama and Mr. Sarkozy responsible for every death."'
    assert pairs(text) == [("LBY", "USA"), ("LBY", "FRA")]
    # a word the article writes as part of a longer name is that person's ("Jong" is no Korean leader here)
    assert names_of("Jong Woo Son ran the site. Jong processed the fees.") == {"Jong Woo Son"}


def test_an_act_told_before_and_condemned_in_the_passive_charges_its_doer() -> None:
    text = "Turkey began a military offensive in Syria. The operation was condemned by the European Union."
    assert accusations(text) == [("eu", "TUR", "The operation")]


def test_a_wrong_one_fears_the_other_side_will_do_is_charged() -> None:
    text = ("Zimbabwe voted on Saturday. The Movement for Democratic Change (MDC) claimed victory. MDC officials called "
            "for the results to be released sooner, fearing the government would use the delay to rig the voting.")
    assert accusations(text) == [("movement-for-democratic-change", "ZWE", "would use the delay to rig the voting")]


def test_citing_acts_an_adjective_calls_hostile_charges_their_doer() -> None:
    text = "Morocco recalled its ambassador to Germany, citing hostile acts by Berlin."
    assert accusations(text) == [("MAR", "DEU", "hostile acts by Berlin")]


def test_forcing_someone_is_a_wrong_in_a_reported_clause() -> None:
    text = "The European Union said the Belarusian authorities had forced the Ryanair plane to land in Minsk."
    assert pairs(text) == [("eu", "BLR")]


def test_the_signers_of_one_pact_are_a_bloc_unless_it_settles_their_dispute() -> None:
    text = "Greece, Cyprus and Israel signed an agreement to build the EastMed pipeline."
    assert [sorted(t.members) for t in read(text).ties] == [["CYP", "GRC", "ISR"]]
    assert read("Armenia and Azerbaijan signed an agreement to end the dispute.").ties == []


def test_a_region_s_own_authorities_speak_for_the_region() -> None:
    # set in the region ("officials in X"), named before it ("X officials"), or its own possessive
    # where the tagger calls it a location, not a country
    assert pairs("Officials in Donetsk accused Ukraine of imposing an economic blockade.") == [("donetsk", "UKR")]
    assert pairs("Puntland officials accused Somalia of arming a rival militia.") == [("puntland", "SOM")]
    assert pairs("Kashmir's government accused Pakistan of shelling border villages.") == [("kashmir", "PAK")]
    assert pairs("Gaza's rulers accused Israel of breaking the truce.") == [("gaza", "ISR")]
    # a separatist authority the actor data knows, likewise
    assert pairs("Officials in Transnistria accused Ukraine of shelling a market.") == [("transnistria", "UKR")]
    # a state's province is no side: its officials are the state's
    reading = read("Officials in Kandahar province said Taliban fighters attacked a checkpoint.")
    assert all(reading.inventory.kind_of(a) != "other" for a in reading.inventory.actors)


def test_the_victims_of_a_charge_the_parser_hung_on_the_accused_are_not_accused() -> None:
    # "of abusing protesters", misread as the protesters' soldiers: no one named is charged
    assert accusations("Russia accused the soldiers of abusing protesters.") == []


def test_pro_and_anti_name_whom_one_favours_not_whose_one_is() -> None:
    assert pairs("The pro-Russian leader of Transnistria accused Moldova of sabotage.") == [("transnistria", "MDA")]


def test_the_backed_is_named_inside_the_phrase_after_backed() -> None:
    assert read("An Iranian-backed militia accused the United States of killing its commander.").ties == []
    assert read("US-backed forces in Syria captured the town.").ties == []
    assert [sorted(t.members) for t in read("The Iranian-backed government in Damascus denied it.").ties] \
        == [["IRN", "SYR"]]


def test_a_place_its_authorities_or_a_report_charge_is_a_side() -> None:
    assert pairs("Israel blamed the authorities in Gaza for the rocket fire.") == [("ISR", "gaza")]
    assert pairs("Israel said Gaza fired rockets at its towns.") == [("ISR", "gaza")]


def test_a_community_s_adjective_before_its_fighters_names_an_armed_group() -> None:
    text = "Kurdish forces accused Turkey of shelling civilians. Kurdish fighters later retreated."
    reading = read(text)
    assert [(reading.inventory.name_of(a), b) for a, b in pairs(text)] == [("Kurdish forces", "TUR")]
    assert len(reading.inventory.actors) == 2  # the fighters are the same group
    assert pairs("Syrian Kurdish fighters accused Turkey of shelling civilians.")[0][1] == "TUR"
    # a state's adjective names the state's own forces
    assert [a for a in read("Albanian forces crossed the border.").inventory.actors] == ["ALB"]


def test_a_governor_abbreviated_or_named_of_a_place_speaks_for_the_place() -> None:
    assert pairs("Oklahoma Gov. Kevin Stitt accused Washington of ignoring the drought.") == [("oklahoma", "USA")]
    assert pairs("Governor Tony Evers of Wisconsin accused Washington of withholding funds.") == [("wisconsin", "USA")]


def test_a_region_s_noun_of_a_separatist_authority_is_that_authority() -> None:
    assert pairs("The breakaway region of Transnistria accused Moldova of a blockade.") == [("transnistria", "MDA")]
    assert pairs("Moldova accused the breakaway region of Transnistria of smuggling.") == [("MDA", "transnistria")]


def test_an_office_a_group_runs_by_a_hyphened_adjective_speaks_for_the_group() -> None:
    text = "The Houthi-controlled health ministry said Saudi air strikes killed 12 people."
    assert accusations(text) == [("houthis", "SAU", "killed 12 people")]
    assert accusations("The state-run news agency said Israel killed 40 people.") == []


def test_a_region_s_titled_head_speaks_for_the_region() -> None:
    text = "Scotland's First Minister Humza Yousaf accused Westminster of a power grab."
    assert pairs(text) == [("scotland", "GBR")]  # (Westminster: the British government)
    assert pairs("Kashmir's chief minister Omar Abdullah accused Pakistan of sending drones.") == [("kashmir", "PAK")]


def test_northern_ireland_is_no_part_of_ireland() -> None:
    reading = read("A bomb exploded in Northern Ireland, police said.")
    assert list(reading.inventory.actors) == ["northern-ireland"]


def test_where_backed_forces_fight_is_not_whom_they_belong_to() -> None:
    assert read("The UAE backs Haftar's forces in eastern Libya.").ties == []
    assert [sorted(t.members) for t in read("Iran supports Hezbollah in Lebanon.").ties] == [["IRN", "hezbollah"]]


def test_ties_to_a_group_are_a_link_and_ties_with_a_state_no_more_than_relations() -> None:
    assert [sorted(t.members) for t in read("The ONLF, which has ties to al-Shabab, denied the attack.").ties] == [
        ["al-shabaab", "onlf"]]
    assert read("The ONLF does not have ties to al-Shabab.").ties == []
    assert read("Turkey has ties with Azerbaijan.").ties == []
    text = "Ethiopia calls the ONLF rebels terrorists with ties to the Somali group al-Shabab."
    assert [sorted(t.members) for t in read(text).ties] == [["al-shabaab", "onlf"]]


def test_bases_lent_or_used_tie_the_host_and_the_user() -> None:
    assert [sorted(t.members) for t in read("Turkey let NATO jets use its bases.").ties] == [["TUR", "nato"]]
    text = "The United States would use Cyprus as a base to launch air strikes against Syria."
    assert [sorted(t.members) for t in read(text).ties] == [["CYP", "USA"]]


def test_a_headline_in_capitals_names_no_group_before_its_word_for_fighters() -> None:
    text = ("ECUADOR EXPELS ENVOY OVER RAID ON REBEL CAMP\n\nQUITO — Ecuador expelled Colombia's ambassador on "
            "Monday, saying the rebels were hit on its soil.")
    assert "on" not in read(text).inventory.actors
    assert "m23" in read("The M23 rebels seized Goma.").inventory.actors


def test_evidence_of_a_wrong_found_or_said_charges_its_doer() -> None:
    assert accusations("Amnesty found evidence of war crimes by Russian forces.") == [
        ("amnesty-international", "RUS", "war crimes")]
    text = "The UN said evidence supported his killing inside the embassy by Iranian agents."
    assert pairs(text) == [("un", "IRN")]
    assert accusations("The panel found no evidence of torture by Kenyan soldiers.") == []


def test_speaking_out_or_railing_against_an_act_charges_its_doer() -> None:
    assert accusations("Russia railed against NATO expansion.") == [("RUS", "nato", "NATO expansion")]
    text = "A Turkish drone strike killed the commander. Iraq's prime minister spoke out against the attack."
    assert accusations(text) == [("IRQ", "TUR", "the attack")]


def test_a_people_s_members_named_by_its_word_speak_for_the_people() -> None:
    assert pairs("Rohingya refugees accused Myanmar's army of burning their villages.") == [("rohingya", "MMR")]


def test_responsibility_assigned_to_someone_charges_them() -> None:
    assert accusations("Israel assigned responsibility to Hamas for the attack.") == [("ISR", "hamas", "the attack")]


def test_a_name_before_a_regional_office_is_a_region_whatever_the_tagger_says() -> None:
    assert pairs("The Tigray regional government accused Eritrea of sending troops.") == [("tigray", "ERI")]
    assert pairs("The Russian regional government accused Kyiv of shelling.") == [("RUS", "UKR")]


def test_a_body_named_by_a_region_s_adjective_is_the_body_not_the_adjective() -> None:
    text = ("On Monday, the Catalan Parliament accused the Spanish government of repression. "
            "Thousands marched in the Catalan city of Girona.")
    assert names_of(text) == {"Catalan Parliament", "Spain"}
    assert pairs(text) == [("catalan-parliament", "ESP")]


def test_a_sentence_s_opening_the_does_not_hide_a_place_s_ministry() -> None:
    assert pairs("The Karabakh Defence Ministry accused Azerbaijan of shelling Stepanakert.") == [("karabakh", "AZE")]


def test_a_campaign_or_report_named_for_someone_no_actor_is_nobody_else_s() -> None:
    text = "The Democratic National Committee accused the Trump campaign of conspiring with Russia."
    assert read(text).ties == [] and accusations(text) == []  # not the committee's own tie to Russia
    assert pairs("Cambodia's Defense Ministry spokeswoman accused Thailand of bombing its territory.") == [("KHM", "THA")]


def test_who_is_sued_is_the_one_the_suit_s_allegation_speaks_of() -> None:
    assert read("The Democratic National Committee sued the Trump campaign, alleging it conspired with Russia.").ties == []
    assert pairs("Vietnam sued China, alleging it had seized islands.") == [("VNM", "CHN")]


def test_engaging_participating_or_resorting_in_a_wrong_charges_the_doer() -> None:
    assert pairs("Armenia said Azerbaijan had engaged in ethnic cleansing.") == [("ARM", "AZE")]
    assert pairs("Armenia said Azerbaijani troops participated in the massacre.") == [("ARM", "AZE")]
    assert pairs("Armenia said Azerbaijan had resorted to terror.") == [("ARM", "AZE")]
    assert pairs("Armenia said Azerbaijan had engaged in talks.") == []


def test_calling_protesters_rioters_charges_them() -> None:
    assert pairs("Hong Kong leader Carrie Lam called the protesters rioters.") == [("HKG", "protesters")]


def test_barring_someone_from_office_for_a_wrong_charges_them() -> None:
    text = "The Superior Electoral Court barred former President Jair Bolsonaro from office for abusing his power."
    assert accusations(text) == [("superior-electoral-court", "jair-bolsonaro", "abusing his power")]
    text = ("The Superior Electoral Court barred former President Jair Bolsonaro from running for office, "
            "ruling that he had abused his power.")
    assert pairs(text) == [("superior-electoral-court", "jair-bolsonaro")]


def test_a_judge_speaks_for_the_court_named_just_before_where_the_article_names_several() -> None:
    text = ("Five of the seven judges of the Superior Electoral Court voted against former President Jair Bolsonaro. "
            "Justice Maria Silva said the former president had spread lies about voting machines. "
            "Bolsonaro said he would appeal to the Supreme Federal Tribunal.")
    assert pairs(text) == [("superior-electoral-court", "jair-bolsonaro")]


def test_taking_bribes_is_a_wrong() -> None:
    assert pairs("The Supreme Court of Brazil said former minister Ali Khan had taken bribes.") == [
        ("supreme-court-of-brazil", "ali-khan")]


def test_a_decision_called_a_wrong_read_as_the_label_s_modifier_charges_its_maker() -> None:
    text = "Russia expelled two Estonian diplomats. Estonia called the decision political persecution."
    assert pairs(text) == [("EST", "RUS")]


def test_calling_a_side_an_enemy_of_the_state_charges_it_even_read_as_one_phrase() -> None:
    text = "President Yoon Suk Yeol called the Democratic Party anti-state forces."
    assert pairs(text) == [("KOR", "democratic-party")]
    assert pairs("India's home minister called the protesters anti-national elements.") == [("IND", "protesters")]


def test_a_state_s_prosecutors_sitting_in_a_city_no_actor_is_still_speak_for_it() -> None:
    assert pairs("U.S. prosecutors in New York charged lawyer Michael Avenatti with extortion.") == [
        ("USA", "michael-avenatti")]


def test_a_trade_that_opens_a_sentence_is_no_part_of_the_name() -> None:
    assert names_of("Lawyer Michael Avenatti was arrested.") == {"Michael Avenatti"}


def test_a_regional_head_s_title_with_no_place_speaks_for_the_region_s_government() -> None:
    text = ("EDINBURGH — The court rejected the Scottish Government's challenge. First Minister Humza Yousaf said "
            "Westminster had trampled over the will of the Scottish Parliament.")
    assert pairs(text) == [("scottish-government", "GBR")]


def test_wasting_public_money_or_causing_harm_is_a_wrong() -> None:
    assert pairs("Scottish Labour leader Anas Sarwar said the SNP had wasted public money on a court battle.") == [
        ("labour", "snp")]
    assert pairs("Israel said Hamas had caused the war.") == [("ISR", "hamas")]
    assert pairs("The storm caused havoc in Manila.") == []


def test_a_judge_whose_title_names_another_court_does_not_speak_for_the_one_named() -> None:
    text = ("U.S. District Judge Robert Pitman said the Texas law was unconstitutional. "
            "Texas said it would appeal to the Fifth Circuit Court of Appeals.")
    assert "fifth-circuit-court-of-appeals" not in {a for a, _ in pairs(text)}


def test_who_sues_is_a_side_named_alone_and_a_local_officeholder_sued_is_his_place() -> None:
    assert pairs("NetChoice sued Texas over the law, arguing it violated the First Amendment.")[:1] == [
        ("netchoice", "texas")]
    text = "NetChoice sued Texas Attorney General Ken Paxton, arguing that the law violated the First Amendment."
    assert "texas" in read(text).inventory.actors


def test_a_court_s_name_runs_on_through_its_district_however_the_parser_hangs_it() -> None:
    text = ("U.S. District Judge David Ezra, of the U.S. District Court for the Western District of Texas, "
            "found that the state had likely violated the law.")
    assert "U.S. District Court for the Western District of Texas" in names_of(text)


def test_a_court_named_by_the_first_words_of_another_court_s_name_is_that_court() -> None:
    text = ("Supreme Court strikes down bonds\n\nNEW DELHI — The Supreme Court of India on Thursday struck down the "
            "scheme. The court said the government had hidden its donors.")
    assert {n for n in names_of(text) if "Court" in n} == {"Supreme Court of India"}


def test_the_state_in_a_story_about_a_federal_state_with_a_governor_is_that_state() -> None:
    text = ("Governor Greg Abbott placed buoys in the river. The Justice Department sued Texas in July. U.S. District "
            "Judge David Ezra, of the U.S. District Court for the Western District of Texas, found that the state had "
            "violated the Rivers and Harbors Act.")
    assert accusations(text) == [("us-district-court-for-the-western-district-of-texas", "texas",
                                  "had violated the Rivers and Harbors Act")]
    assert "BRA" not in read("Texas placed buoys in the Rio Grande.").inventory.actors  # a river, no Brazilian city


def test_one_whose_party_has_its_own_president_is_no_leader_of_it() -> None:
    text = ("Former President Jair Bolsonaro said the ruling was unjust. Valdemar Costa Neto, the president of "
            "Bolsonaro's Liberal Party, said the party would stand by him.")
    assert {"Jair Bolsonaro", "Liberal Party"} <= names_of(text)


def test_the_court_where_several_are_named_is_the_first_and_a_described_court_is_the_named_one() -> None:
    text = ("Brazil's electoral court bars Bolsonaro\n\nBRASILIA — Brazil's Superior Electoral Court on Friday barred "
            "former President Jair Bolsonaro from office. Bolsonaro accused the court of persecuting him and said he "
            "would appeal to the Supreme Federal Court.")
    assert ("jair-bolsonaro", "superior-electoral-court") in pairs(text)
    assert "electoral court" not in names_of(text)


def test_a_document_made_jointly_speaks_for_each_of_its_makers() -> None:
    text = ("The motion, tabled jointly by the Democratic Party and the Rebuilding Korea Party, accused President "
            "Yoon Suk Yeol of leading an insurrection.")
    assert pairs(text) == [("democratic-party", "KOR"), ("rebuilding-korea-party", "KOR")]


def test_a_jury_finds_for_its_court_and_him_it_finds_guilty_is_not_the_jury() -> None:
    text = ("Michael Avenatti went on trial in the U.S. District Court in Manhattan. "
            "The jury found him guilty of extortion.")
    assert pairs(text) == [("us-district-court", "michael-avenatti")]
    text = "A jury in the U.S. District Court in Manhattan convicted Michael Avenatti of extortion."
    assert pairs(text) == [("us-district-court", "michael-avenatti")]


def test_involvement_in_a_death_or_encouraging_a_wrong_charges() -> None:
    text = "President Donald Trump suggested that MSNBC host Joe Scarborough was involved in the death of an intern."
    assert pairs(text) == [("USA", "joe-scarborough")]
    assert pairs("Iran said Israel had encouraged the attacks.") == [("IRN", "ISR")]
    assert pairs("The government encouraged investment in the north.") == []


def test_a_city_or_a_listed_state_that_sues_is_a_side() -> None:
    text = "The city of Chicago sued the Trump administration, accusing it of unlawfully withholding police grants."
    assert pairs(text) == [("chicago", "USA")]
    assert pairs("The Justice Department sued the city of Chicago, accusing it of violating federal law.") \
        == [("USA", "chicago")]
    text = "States such as Texas and Florida sued the Trump administration, alleging that the rule was illegal."
    assert pairs(text) == [("texas", "USA"), ("florida", "USA")]


def test_a_lawsuit_filed_by_a_state_or_its_attorney_general_charges_the_one_it_is_against() -> None:
    text = ("California Attorney General Xavier Becerra filed a lawsuit against the Department of Homeland "
            "Security, alleging that the agency violated federal law.")
    assert pairs(text) == [("california", "USA")]
    text = ("The lawsuit was brought by Texas and Arizona against the Department of Homeland Security, alleging "
            "that the agency violated federal law.")
    assert pairs(text) == [("texas", "USA"), ("arizona", "USA")]


def test_a_place_whose_act_is_condemned_is_a_side() -> None:
    text = "Catalonia's push for independence has been condemned by Madrid as illegal."
    assert pairs(text) == [("ESP", "catalonia")]


def test_who_makes_someone_answer_allegations_or_holds_them_in_an_inquiry_into_a_wrong_charges_them() -> None:
    text = "Egyptian prosecutors summoned former president Hosni Mubarak to answer allegations of corruption."
    assert accusations(text) == [("EGY", "hosni-mubarak", "corruption")]
    text = ("Former president Hosni Mubarak has been summoned by prosecutors in Egypt to face questions about "
            "corruption within his administration.")
    assert accusations(text) == [("EGY", "hosni-mubarak", "corruption within his administration")]
    assert pairs("The committee invited Michael Cohen to answer questions about the budget.") == []
    text = ("Former prime minister Ahmed Nazif was taken into custody for 15 days as part of the corruption "
            "investigation, the Egyptian public prosecutor said. Egypt's army said it would protect the protesters.")
    assert accusations(text) == [("EGY", "ahmed-nazif", "corruption")]


def test_identifying_someone_as_a_terrorist_or_asking_that_they_stand_trial_for_a_wrong_charges_them() -> None:
    text = "The U.S. government identified Anwar al-Awlaki as a terrorist."
    assert accusations(text) == [("USA", "anwar-al-awlaki", "a terrorist")]
    text = ("Protesters called for Hosni Mubarak to stand trial for corruption. Egypt's army said it would protect "
            "the protesters.")
    assert accusations(text) == [("protesters", "hosni-mubarak", "stand trial for corruption")]
    assert pairs("The opposition wants Jacob Zuma to face trial for corruption.") == [("opposition", "jacob-zuma")]
    assert pairs("The lawyers called for the case to be tried in a civilian court.") == []


def test_a_bare_charge_joined_to_a_telling_verb_alleges_what_is_told() -> None:
    text = ("On June 14, Fernanda Somaggio denounced her former boss Marcos Valerio and told the magazine that she "
            "saw suitcases full of money leaving his firm.")
    assert accusations(text) == [("fernanda-somaggio", "marcos-valerio",
                                  "she saw suitcases full of money leaving his firm")]


def test_calling_on_someone_to_resign_over_a_wrong_charges_them() -> None:
    text = ("Opposition leader Raila Odinga called on President Uhuru Kenyatta to resign over the scandal. Kenya's "
            "parliament met on Monday.")
    assert accusations(text) == [("raila-odinga", "uhuru-kenyatta", "the scandal")]
    assert pairs("The party urged its leader to resign over the defeat.") == []


def test_joining_a_lawsuit_brings_it_and_a_state_leading_others_acts_with_them() -> None:
    text = ("Texas joined the lawsuit against the Department of Homeland Security, alleging that the agency "
            "violated federal law.")
    assert pairs(text) == [("texas", "USA")]
    text = ("Sixteen states, led by California, joined the lawsuit against the Trump administration, alleging that "
            "the declaration was unconstitutional.")
    reading = read(text)
    assert [reading.inventory.name_of(a.accuser) for a in reading.accusations] == ["Sixteen states"]
    assert "california" in reading.inventory.actors


def test_a_headline_top_court_is_the_first_court_the_story_names() -> None:
    text = ("Romania's top court annuls presidential vote\n\nBUCHAREST — Romania's Constitutional Court on Friday "
            "annulled the first round of the presidential election. Calin Georgescu accused the court of carrying out "
            "a coup.")
    reading = read(text)
    assert [reading.inventory.name_of(a.accused) for a in reading.accusations] == ["Constitutional Court"]
    text = ("Argentine court convicts Vice President Cristina Fernandez de Kirchner of fraud\n\nAn Argentine federal "
            "court found Vice President Cristina Fernandez de Kirchner guilty of fraud. The three judges of the "
            "Federal Oral Court No. 2 sentenced her to six years. Her lawyers said they would take the case to the "
            "Federal Court of Criminal Cassation.")
    reading = read(text)
    assert {reading.inventory.name_of(a.accuser) for a in reading.accusations} == {"Federal Oral Court"}
    assert {reading.inventory.name_of(a.accused) for a in reading.accusations} == {"Cristina Fernandez de Kirchner"}


def test_a_word_capitalised_to_open_a_sentence_is_no_region() -> None:
    text = ("Former regional parliament speaker Carme Forcadell was jailed. Catalonia's regional government "
            "accused Spain of vengeance.")
    assert "former" not in read(text).inventory.actors


def test_a_body_that_exceeded_its_authority_is_charged() -> None:
    text = "The Movement for Quality Government argued that the Knesset had exceeded its authority."
    assert pairs(text) == [("movement-for-quality-government", "knesset")]
    assert pairs("The Movement for Quality Government said exports had exceeded expectations.") == []


def test_a_party_faction_named_after_its_party_is_a_party_and_charges_the_leader_as_a_person() -> None:
    text = ("Pakistan's Supreme Court ruled against Prime Minister Imran Khan. Opposition leader Shehbaz Sharif, "
            "president of the Pakistan Muslim League-Nawaz (PML-N), welcomed the verdict and said Khan had violated "
            "the constitution to cling to power.")
    reading = read(text)
    assert reading.inventory.kind_of("pakistan-muslim-league-nawaz") == "political_group"
    assert pairs(text) == [("pakistan-muslim-league-nawaz", "imran-khan")]


def test_a_minister_who_says_another_state_did_a_wrong_is_not_of_that_state() -> None:
    text = ("Pakistan's Supreme Court restored parliament. Pakistan's army said it had no role. Information Minister "
            "Fawad Chaudhry has said the United States was behind the plot.")
    assert pairs(text) == [("PAK", "USA")]


def test_an_acronym_with_a_one_letter_tail_names_its_own_party() -> None:
    text = "The Pakistan Muslim League-Nawaz (PML-N) is in opposition. The PTI accused the PML-N of buying votes."
    reading = read(text)
    assert [reading.inventory.name_of(a.accused) for a in reading.accusations] == ["Pakistan Muslim League-Nawaz"]


def test_calling_for_a_resignation_saying_a_wrong_was_done_charges_the_one_called_on() -> None:
    text = ("The Independent National Electoral Commission (INEC) declared the results. The Peoples Democratic Party "
            "(PDP) came second. The PDP's spokesman, Debo Ologunagba, called on INEC chairman Mahmood Yakubu to "
            "resign, saying he had compromised the process.")
    reading = read(text)
    assert [(reading.inventory.name_of(a.accuser), reading.inventory.name_of(a.accused)) for a in reading.accusations] \
        == [("Peoples Democratic Party", "Independent National Electoral Commission")]
    assert pairs("The two parties agreed to compromise on the budget.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # what a charge's maker told, though the parser hung the "that" clause on the hearer
    ('Maria Lopes denounced her former boss Marcos Valerio and told the weekly magazine "Veja" that she saw '
     "suitcases full of money leaving his firm.",
     [("maria-lopes", "marcos-valerio", "she saw suitcases full of money leaving his firm")]),
    # one name after a title is a person ("President Jones"), not a misread
    ("The Democratic Party criticised President Jones for vetoing the bill.",
     [("democratic-party", "jones", "vetoing the bill")]),
    # a wrong's "of" names what it is done to, not who did it
    ("Amnesty International said the law was a violation of the rights of Kurds.", []),
    # an acronym the tagger read as a common noun ("ZANU-PF": "PF") is still a name
    ("The MDC has accused ZANU-PF of rigging the vote.", [("mdc", "zanu-pf", "rigging the vote")]),
    # a group's gunmen are the group's, though the parser made the name an indirect object
    ("Fatah rejected the plan on Monday. Hamas accused Fatah militants of attacking its offices.",
     [("hamas", "fatah", "attacking its offices")]),
    # a case brought to overturn someone's act, and charges laid against someone
    ("The ACLU filed a lawsuit challenging the Trump administration's travel ban.",
     [("aclu", "USA", "the Trump administration's travel ban")]),
    ("The Democratic Alliance laid charges of corruption against President Zuma.",
     [("democratic-alliance", "zuma", "corruption")]),
    # an arrest sought over a wrong (not an arrest of no one named, over nothing)
    ("The Labour Party called for Prime Minister Hart's arrest over the bribery scandal.",
     [("labour-party", "hart", "the bribery scandal")]),
    ("The UN called for the arrest of the suspects.", []),
    # a politician's attack on another over a matter is words; gunmen's attack is no charge
    ("Ed Miliband, the Labour leader, attacked David Cameron over cuts to police numbers.",
     [("labour", "david-cameron", "cuts to police numbers")]),
    ("Gunmen attacked a police convoy over the weekend.", []),
    # a denial that calls the claims lies is a denial, not a charge
    ("Caracas dismissed the Colombian claims as lies.", []),
])
def test_charges_of_domestic_news_read_by_the_parse(text, expected) -> None:
    assert accusations(text) == expected


def test_a_titled_given_name_is_the_person_the_article_names_in_full() -> None:
    text = "Muhyiddin Yassin was sacked. His party expelled former deputy prime minister Muhyiddin."
    assert list(read(text).inventory.actors) == ["muhyiddin-yassin"]


@pytest.mark.parametrize(("text", "expected"), [
    # an honorific is no part of the name, though the tagger took "Mr Okafor" for a place
    ("The Labour Party accused Mr Okafor of fraud.", [("labour-party", "okafor", "fraud")]),
    ("Ana Ruiz called the Liberal Party government a tyranny.", [("ana-ruiz", "liberal-party", "a tyranny")]),
    # a court asked to undo someone's act: a case against them, for what the asker alleges
    ("The Socialist Party petitioned the Supreme Court to annul the Liberal Party's election win, alleging "
     "widespread irregularities.", [("socialist-party", "liberal-party", "widespread irregularities")]),
    ("The Socialist Party went to court to block the Liberal Party's decree, saying it violated the constitution.",
     [("socialist-party", "liberal-party", "it violated the constitution")]),
    ("The Socialist Party went to court to defend the Liberal Party's decree.", []),
    # a wrong someone is said to aim at (not an aim that is no wrong)
    ("Mayor Jack Ford suggested that it was the National Socialist Movement's objective to incite violence.",
     [("jack-ford", "national-socialist-movement", "incite violence")]),
    ("The Socialist Party said the Liberal Party's aim was to silence the press.",
     [("socialist-party", "liberal-party", "silence the press")]),
    ("The Socialist Party said the Liberal Party's aim was to cut taxes.", []),
    # a label inside a party's name labels no one
    ("The Supreme Electoral Tribunal declared Juan Hernandez the winner against Salvador Nasralla, who ran for the "
     "Alliance Against the Dictatorship.", []),
])
def test_charges_of_courts_aims_and_titles(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # singled out for censure: charged with what its maker claims
    ("Jim Murphy singled out the GMB union for criticism, claiming it had campaigned against him.",
     [("jim-murphy", "gmb", "it had campaigned against him")]),
    # a charge's "that" clause the parser read as a relative clause with "that" for its object
    ("Senator Dale rejected allegations from the Green Party that he had lied to parliament.",
     [("green-party", "dale", "that he had lied to parliament")]),
    ("Senator Dale repeated the allegations from the Green Party that he had denied.", []),
])
def test_a_charge_read_as_a_relative_clause_and_a_censure_with_its_claim(text, expected) -> None:
    assert accusations(text) == expected


def test_subjects_joined_before_a_support_phrase_are_each_tied() -> None:
    ties = [t.members for t in read("Germany and France came out in support of Ukraine.").ties]
    assert ties == [("DEU", "UKR"), ("FRA", "UKR")]
    text = "India and Pakistan possess nuclear weapons, and Israel is suspected of possession of nuclear weapons."
    assert ("PAK", "ISR") not in [t.members for t in read(text).ties]


def test_a_korean_leader_is_named_by_the_family_name_written_first() -> None:
    text = ("SEOUL — The court removed President Yoon Suk Yeol from office. Yoon said he was sorry. One of his "
            "lawyers, Yoon Gap-geun, called the ruling political. The National Assembly had impeached Yoon, accusing "
            "him of insurrection.")
    reading = read(text)
    assert [(reading.inventory.name_of(a.accuser), reading.inventory.name_of(a.accused))
            for a in reading.accusations] == [("National Assembly", "Yoon Suk Yeol")]


@pytest.mark.parametrize(("text", "expected"), [
    # a party's chairman named before his name speaks for the party, though the data knows him as a minister
    ("The ruling Georgian Dream party won the vote. Georgian Dream chairman Irakli Kobakhidze accused the United "
     "National Movement of wrecking the deal.", [("georgian-dream", "united-national-movement", "wrecking the deal")]),
])
def test_a_party_chairman_named_before_his_name_speaks_for_the_party(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what one retaliates for is the other's wrong, the people the small parser makes the gerund's subject its doers
    ("India said it was retaliating for Pakistani shelling.", [("IND", "PAK", "Pakistani shelling")]),
    ("India said it was retaliating for the delay.", []),
])
def test_what_a_state_retaliates_for_is_charged_to_its_doer(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # aid agencies, charities, NGOs and advocacy groups speak as one, each its own side
    ("Aid agencies accused Israel of blocking aid to Gaza.", [("aid-agencies", "ISR", "blocking aid to Gaza")]),
    ("NGOs accused Hungary of a crackdown on civil society.", [("ngos", "HUN", "a crackdown on civil society")]),
])
def test_aid_agencies_and_ngos_are_sides_of_their_own(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a report set in commas inside what it reports: the first name did it, the second says so
    ("Serbia, the Kosovo prime minister said on Monday, had trained and armed the gunmen.",
     [("XKX", "SRB", "armed the gunmen")]),
    # a relative clause's "whom" charged by its verb, the small parser reading "accuses" as a noun
    ("Prosecutors say the network was run by the fugitive oligarch Ilan Shor, whom Chisinau accuses of acting on "
     "the Kremlin's behalf.", [("MDA", "ilan-shor", "acting on the Kremlin's behalf")]),
    # the finger pointed after a wrong: the wrong is the charge
    ("Islamabad pointed the finger at New Delhi after a suicide bomber killed 12 people, saying the attacker had "
     "acted on Indian instructions.", [("PAK", "IND", "a suicide bomber killed 12 people")]),
    # a speaker before a colon, with no verb of saying
    ('The Israeli military\'s message was blunt: "Hezbollah fired more than 40 rockets at civilian communities."',
     [("ISR", "hezbollah", "fired more than 40 rockets at civilian communities")]),
    ("Kenya: Somali troops shelled our border posts", [("KEN", "SOM", "shelled our border posts")]),
    # a list of a label's kind labels whom it is put on
    ("Britain added the Wagner Group to its list of banned terrorist groups.",
     [("GBR", "wagner-group", "list of banned terrorist groups")]),
    ("The EU added Iran to its list of countries for talks.", []),
    # a subject that names no one denies the charge
    ("Neither Athens nor Ankara accused the other of airspace violations during the exercises.", []),
    ("No government blamed Russia for the attack.", []),
])
def test_reports_in_commas_relatives_colons_lists_and_denying_subjects(text, expected) -> None:
    assert accusations(text) == expected


def test_those_speaking_together_charge_none_of_their_own_by_a_relative_after_them() -> None:
    text = ("The United States, Britain and Australia jointly accused China's Ministry of State Security of "
            "sponsoring the APT40 hacking group, which they said had broken into government networks.")
    assert pairs(text) == [("USA", "CHN"), ("GBR", "CHN"), ("AUS", "CHN")]


@pytest.mark.parametrize(("text", "expected"), [
    # two names joined by "and" that the small parser hung one inside the other both speak
    ("Amnesty International and Human Rights Watch said in a joint statement that Egyptian authorities had "
     "tortured detained protesters.", [("amnesty-international", "EGY"), ("human-rights-watch", "EGY")]),
    # a name after the noun for what it is, read as its compound: a side of its own
    ("South Africa's trade union federation Cosatu laid the blame for the rolling blackouts squarely at the door "
     "of the state utility Eskom.", [("cosatu", "eskom")]),
    # a cartel named by its head word is a group
    ("Mexico said the Jalisco New Generation Cartel was behind the ambush.",
     [("MEX", "jalisco-new-generation-cartel")]),
    # a title written short in a headline
    ("Georgian PM Kobakhidze blames UNM for clashes outside parliament", [("GEO", "unm")]),
])
def test_names_the_small_parser_runs_together_or_cuts_short_are_sides(text, expected) -> None:
    assert pairs(text) == expected


def test_a_civil_body_named_with_of_and_its_state_keeps_the_whole_name() -> None:
    reading = read("NAIROBI, Kenya (AP) — The Law Society of Kenya accused police of abducting protesters.")
    assert [(reading.inventory.name_of(a.accuser), reading.inventory.name_of(a.accused))
            for a in reading.accusations] == [("Law Society of Kenya", "Kenya")]


def test_a_union_federation_named_with_its_state_is_no_ally_of_it() -> None:
    assert read("South Africa's trade union federation Cosatu criticised the plan.").ties == []


@pytest.mark.parametrize(("text", "expected"), [
    # a membership taken up
    ("Finland formally became NATO's 31st member on Tuesday.", [("FIN", "nato")]),
    ("Finland became a member of NATO on Tuesday.", [("FIN", "nato")]),
    # those a relative clause after the cue's phrase tells of are no side of it
    ("Moscow flatly denied any role in the explosion at the Olenivka prison camp that killed dozens of Ukrainian "
     "prisoners of war.", []),
    # states that charge the same one in separate statements are no bloc
    ("In separate statements, Egypt, Jordan and Saudi Arabia condemned Israel for the strike.", []),
])
def test_memberships_taken_up_and_no_tie_by_a_relative_or_separate_statements(text, expected) -> None:
    assert [t.members for t in read(text).ties] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the blamed one is the last "on" naming someone, wherever the parser hangs it
    ("Iran blamed the attack on the embassy on Israel.", [("IRN", "ISR", "the attack on the embassy")]),
    ("Iran blamed the protests over Amini's death on the United States.",
     [("IRN", "USA", "the protests over Amini's death")]),
    # ordered to pay for a wrong
    ("The European Court of Justice ordered Poland to pay a daily fine of 1 million euros for failing to suspend "
     "the chamber.", [("european-court-of-justice", "POL", "failing to suspend the chamber")]),
    ("The EU asked Poland to pay its fees for the summit.", []),
    # whose the case that accuses is
    ("Pretoria's case accusing Israel of genocide in Gaza opened at The Hague on Thursday.",
     [("ZAF", "ISR", "genocide in Gaza")]),
])
def test_blame_on_the_last_named_penalties_paid_and_a_case_owned(text, expected) -> None:
    assert accusations(text) == expected


def test_a_titled_leader_the_data_knows_speaks_for_no_state_the_sentence_only_names() -> None:
    reading = read("Supreme Leader Ali Khamenei blamed the riots on the United States.")
    assert reading.accusations and all(a.accuser != "USA" for a in reading.accusations)


def test_a_leader_mediating_in_a_participle_beside_the_name_mediates() -> None:
    text = "Costa Rican President Oscar Arias, mediating between Honduras and Nicaragua, proposed a unity government."
    assert mediators(text) == ["CRI"]


@pytest.mark.parametrize(("text", "expected"), [
    # blame laid with no act named: the words themselves, or the clause it is joined to
    ("Hamas laid the blame squarely on Israel.", [("hamas", "ISR", "laid the blame squarely on Israel")]),
    ("The SPLM-IO said the arrest amounted to tearing up the peace agreement, and laid the blame squarely on "
     "President Salva Kiir.", [("splm-io", "SSD", "the arrest amounted to tearing up the peace agreement")]),
    ("Yaoundé blamed the separatists for the massacre, while the separatists pointed the finger at Nigeria.",
     [("CMR", "separatists", "the massacre"),
      ("separatists", "NGA", "Yaoundé blamed the separatists for the massacre")]),
    # the doer of an act done to someone, the "by" hung on its victim
    ("The opposition denounced the arrest of its leader by Ugandan police as an abduction.",
     [("opposition", "UGA", "the arrest of its leader by Ugandan police as an abduction")]),
    # the police of the only state a sentence names as the place, even after them
    ("The opposition accused the police of killing protesters in Nairobi.",
     [("opposition", "KEN", "killing protesters in Nairobi")]),
    ("According to the Bangladesh Nationalist Party, its activists were beaten by police in Dhaka.",
     [("bangladesh-nationalist-party", "BGD", "beaten by police in Dhaka")]),
    # a group's seat is no scene: the security forces are Iran's, not Norway's
    ("Security forces killed at least 500 people in Iran, the Oslo-based group Iran Human Rights reported.",
     [("iran-human-rights", "IRN", "killed at least 500 people in Iran")]),
    # a leader's government is the leader's state
    ("The opposition accused Donald Tusk's government of an illegal takeover of public television.",
     [("opposition", "POL", "an illegal takeover of public television")]),
    ("The Association of Journalists of El Salvador said the government of Nayib Bukele had spied on reporters.",
     [("association-of-journalists", "SLV", "had spied on reporters")]),
    # an outlet described after it is named; a label declared; "the bloc" named before
    ("Mali's junta suspended RFI, accusing the broadcaster of spreading lies.", [("MLI", "rfi", "spreading lies")]),
    ("Russia declared Greenpeace an \"undesirable organisation.\"",
     [("RUS", "greenpeace", "Greenpeace an \"undesirable organisation")]),
    ("Armenia froze its CSTO participation and said the bloc had failed to protect it.",
     [("ARM", "csto", "had failed to protect it")]),
    ("Kyiv said Russian forces had blown up the dam.", [("UKR", "RUS", "had blown up the dam")]),
    # an acronym the parser reads as a verb owns the noun after it; charges joined or hung on "others"
    ("Mali denounced ECOWAS sanctions as illegal.", [("MLI", "ecowas", "ECOWAS sanctions")]),
    ("Istanbul prosecutors detained mayor Ekrem İmamoğlu on corruption and terrorism charges.",
     [("TUR", "ekrem-imamoglu", "on corruption and terrorism charges")]),
    ("Prosecutor-General Paulo Gonet charged former president Jair Bolsonaro and 33 others with plotting a coup.",
     [("paulo-gonet", "jair-bolsonaro", "plotting a coup")]),
    # a title of two words is no group's office: "Supreme" names no party, "Labour" does
    ("Supreme Leader Ali Khamenei blamed the protests on the United States.", [("IRN", "USA", "the protests")]),
    ("Labour leader Keir Starmer accused Boris Johnson of lying.", [("labour", "boris-johnson", "lying")]),
])
def test_blame_with_no_act_named_organs_of_the_only_state_and_leaders_governments(text, expected) -> None:
    assert accusations(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # helpers of a broker named by "with help from"
    ("The truce, brokered by Qatar with help from Egypt and the United States, took effect on Friday.",
     ["EGY", "QAT", "USA"]),
    # a signing hosted; talks opened between others, not the sides' own
    ("Qatar hosted the signing of a declaration of principles between Congo and the M23 in Doha.", ["QAT"]),
    ("Ugandan President Yoweri Museveni opened talks in Kampala between Burundi's government and its exiled "
     "opponents.", ["UGA"]),
    ("Israel and Hamas opened talks in Cairo.", []),
])
def test_helpers_of_a_broker_a_signing_hosted_and_talks_opened_between_others(text, expected) -> None:
    assert mediators(text) == expected


def test_a_region_the_tagger_does_not_take_for_a_place_is_a_side_beside_its_own_government() -> None:
    # the small tagger calls these regions organisations or nothing; their own office makes them sides
    assert pairs("The governor of Oromia accused Eritrea of arming rebels.") == [("oromia", "ERI")]
    assert pairs("Mindanao's governor accused Manila of neglecting the south.") == [("mindanao", "PHL")]
    assert pairs("Balochistan's chief minister blamed India for the attack.") == [("balochistan", "IND")]
    assert pairs("Lagos State accused Nigeria's federal government of starving it of funds.") == [
        ("lagos-state", "NGA")]


def test_a_place_s_office_of_two_words_or_before_its_holder_s_name_speaks_for_the_place() -> None:
    assert pairs("The Texas attorney general accused Google of violating antitrust law.") == [("texas", "google")]
    assert pairs("Ontario Premier Doug Ford accused Ottawa of abandoning the auto sector.") == [("ontario", "CAN")]


def test_an_administration_a_bank_and_a_premier_s_name_are_no_regions() -> None:
    assert pairs("The Obama administration accused Russia of hacking the election.") == [("USA", "RUS")]
    for text in ("Bank of England Governor Andrew Bailey accused banks of hoarding cash.",
                 "The Catalan government of Carles Puigdemont accused Madrid of behaving like a regime."):
        reading = read(text)  # (the small tagger calls the bank and Puigdemont organisations)
        assert reading.inventory.actors and not reading.inventory.regions, text
    assert pairs("HONIARA — The premier of Malaita, Daniel Suidani, has accused the national government of "
                 "punishing his province.") == [("malaita", "SLB")]


def test_a_state_s_province_names_the_state_where_its_forces_are() -> None:
    # data/cities.toml's [regions] (ISO 3166-2): a province is a place of its state, as a city is
    assert pairs("Rights groups accused security forces in Balochistan of abducting activists.") == [
        ("rights-groups", "PAK")]
    assert pairs("Protesters in Idlib accused government forces of using chemical weapons.") == [("protesters", "SYR")]
    # ... while a province whose own office speaks is still a side of its own
    assert pairs("Balochistan's chief minister blamed India for the attack.") == [("balochistan", "IND")]


def test_a_province_named_is_no_state_counted_in_a_list() -> None:
    text = ("Russia, Turkey and Iran signed a memorandum in Astana. The memorandum, agreed at talks hosted by "
            "Kazakhstan, covers the province of Idlib and an area along the Jordanian border. The three states said "
            "they would deploy monitors, and accused the rebels of violating the truce.")
    assert {a for a, _ in pairs(text)} == {"RUS", "TUR", "IRN"}


def test_the_electoral_commission_named_first_is_the_only_state_s() -> None:
    # the body that runs a state's elections speaks and is accused for it (actors._electoral_body)
    assert pairs("Kenya's opposition leader Raila Odinga alleged that the electoral commission had manipulated "
                 "the results.") == [("raila-odinga", "KEN")]
    assert pairs("Observers from the European Union criticised Nigeria's electoral commission for delays.") == [
        ("eu", "NGA")]
    assert pairs("The opposition accused the election commission of rigging the vote.") == []  # whose, unsaid


def test_a_headline_s_capitalised_noun_before_a_verb_is_no_name_made_its_subject() -> None:
    doc = parse("Judge orders Texas to pull Rio Grande buoys.")
    assert [t.dep_ for t in doc if t.text == "Judge"] == ["compound"]  # no actor: a title, not a name


def test_a_legislature_s_members_by_their_abbreviation_are_their_party_s() -> None:
    # the small tagger takes "MPs" for a name or a singular; mended to the plural noun it is (pipeline.py)
    assert [t.lemma_ for t in parse("The bill was opposed by opposition MPs.") if t.text == "MPs"] == ["mp"]
    earlier = "Britain's parliament was suspended on Monday. "
    assert accusations(earlier + "The government was accused by opposition MPs of shutting down Parliament.") == [
        ("opposition", "GBR", "shutting down Parliament")]
    assert pairs(earlier + "The government was condemned by Labour MPs.") == [("labour", "GBR")]
    assert pairs(earlier + "MPs accused the government of misleading Parliament.") == []  # whose, unsaid


def test_a_charge_laid_on_it_after_an_owner_s_words_is_laid_on_the_owner() -> None:
    # "it" charged is an actor: not the remarks, their owner (syntax.Resolver._object_among)
    assert accusations("India criticised Pakistan's remarks and accused it of sponsoring terrorism.")[-1] == (
        "IND", "PAK", "sponsoring terrorism")
    assert pairs("China rejected Japan's claims and accused it of interfering.") == [("CHN", "JPN")]


def test_a_case_brought_alleging_a_wrong_charges_it() -> None:
    # "alleging" with a noun names the wrong only where a case is brought (accusations._wrong_alleged)
    assert accusations("South Africa filed a case against Israel, alleging genocide in Gaza.") == [
        ("ZAF", "ISR", "genocide in Gaza")]
    assert accusations("Ukraine filed a lawsuit against Russia at the UN court, alleging violations of the "
                       "genocide convention.") == [("UKR", "RUS", "violations of the genocide convention")]


def test_one_who_leads_talks_between_others_mediates() -> None:
    assert mediators("Former Kenyan president Uhuru Kenyatta led peace talks between Ethiopia and the TPLF.") == [
        "uhuru-kenyatta"]
    assert mediators("Talks between Ethiopia and the TPLF were led by the African Union.") == ["african-union"]
    assert mediators("The United States led talks with Iran in Oman.") == []  # a side leads its own talks


def test_a_describing_word_opening_a_sentence_is_no_given_name_of_a_known_state() -> None:
    # the small tagger reads "Neighbouring Niger" as a person in some articles (actors._introduce_people)
    text = ("Islamist militants killed 30 soldiers in an attack on an army base in northern Burkina Faso, the "
            "military said on Monday.\n\nNeighbouring Niger and Mali, also ruled by military governments, pledged "
            "to support Burkina Faso against the insurgents.")
    reading = read(text)
    assert "neighbouring-niger" not in reading.inventory.actors
    assert ["NER", "BFA"] in [list(t.members) for t in reading.ties]
    assert pairs("Rusty Bowers accused Arizona officials of fraud.") == [("rusty-bowers", "arizona")]  # a name


def test_a_label_the_parser_reads_as_a_compound_s_head_still_labels_it() -> None:
    # "government illegitimate" read as one noun phrase: the adjective the head, the labelled its compound
    assert accusations("Mexico's president called Peru's new government illegitimate.") == [
        ("MEX", "PER", "illegitimate")]


def test_it_going_on_saying_is_who_said_the_quote_before() -> None:
    # not the subject inside the quote (syntax.Resolver._antecedent)
    text = ('Fighting flared in Sudan. "The militia shelled the camp," the army said in a statement. '
            "It said the RSF had also looted aid warehouses.")
    assert accusations(text)[-1] == ("SDN", "rsf", "had also looted aid warehouses")


def test_a_duty_reported_undone_is_a_wrong_other_negated_acts_are_denials() -> None:
    assert accusations("Lebanon's prime minister said Israel had not respected the ceasefire.") == [
        ("LBN", "ISR", "had not respected the ceasefire")]
    assert pairs("Ukraine said Russia has not complied with the court's ruling.") == [("UKR", "RUS")]
    assert pairs("Israel said Hezbollah had not attacked the base.") == []  # a denial of a wrong


def test_a_cabinet_by_its_generic_name_is_its_state_s() -> None:
    text = ('ADDIS ABABA, May 14 - Ethiopia accused Eritrea of invading its territory. "This is a war against our '
            'country," the Council of Ministers said. It said Eritrean units had occupied Badme.')
    assert "council-of-ministers" not in read(text).inventory.actors
    assert accusations(text)[-1] == ("ETH", "ERI", "had occupied Badme")
    assert pairs("The EU's Council of Ministers condemned Russia's annexation of Crimea.") == [
        ("council-of-ministers", "RUS")]  # an owned one is its own body, as before


def test_fighters_a_named_backer_describes_are_a_group_of_their_own() -> None:
    # not the one armed group the article names, which here accuses them
    text = "The Kurdish-led SDF accused Turkish-backed militias of killing civilians near Manbij."
    reading = read(text)
    assert accusations(text) == [("sdf", "militias", "killing civilians near Manbij")]
    assert [list(t.members) for t in reading.ties] == [["TUR", "militias"]]


def test_a_state_s_region_named_with_its_noun_or_before_a_chief_minister_is_a_side() -> None:
    # a region the tagger tags as nothing (a plural proper noun) or as an organisation with its "'s"
    before = "Nigeria's crisis deepened. "
    assert pairs(before + "Rivers State Governor Nyesom Wike accused the secret police of trying to abduct a "
                          "judge.") == [("rivers-state", "NGA")]
    assert pairs(before + "Rivers State's governor accused the secret police of trying to abduct a judge.") == [
        ("rivers-state", "NGA")]
    assert pairs("Pakistan's crisis deepened. Balochistan Chief Minister Sarfraz Bugti accused India of sponsoring "
                 "terror.") == [("balochistan", "IND")]


def test_an_electoral_body_by_its_full_name_is_its_state_s() -> None:
    # the parser hangs "Electoral" on the name's head as a modifier of a modifier
    assert accusations("Kenya's main opposition party accused the Independent Electoral and Boundaries Commission "
                       "of rigging the vote count.") == [("opposition", "KEN", "rigging the vote count")]


def test_a_region_named_with_a_direction_or_in_two_untagged_words_is_one_place() -> None:
    # ISO writes "Nord-Kivu"; English news "North Kivu"; the tagger leaves "West Bengal" untagged
    assert pairs("Security forces in North Kivu killed 12 protesters, Human Rights Watch said.") == [
        ("human-rights-watch", "COD")]
    assert pairs("West Bengal Chief Minister Mamata Banerjee accused the BJP of stoking communal violence.") == [
        ("west-bengal", "bjp")]
    assert pairs("The Khyber Pakhtunkhwa government accused Islamabad of withholding funds.") == [
        ("khyber-pakhtunkhwa", "PAK")]


def test_a_name_after_an_office_in_one_run_of_capitals_is_the_holder_s() -> None:
    # not "Lagos State Governor Babajide Sanwo-Olu" as one name
    reading = read("Lagos State Governor Babajide Sanwo-Olu accused the protesters of looting shops.")
    assert "Babajide Sanwo-Olu" in {info.name for info in reading.inventory.actors.values()}
    assert not any("Governor" in info.name for info in reading.inventory.actors.values())


def test_the_centre_is_the_home_state_s_central_government() -> None:
    # South Asian English; not an organisation's name, nor a place
    assert pairs("Floods hit India. The Kerala government accused the Centre of withholding disaster relief "
                 "funds.") == [("kerala", "IND")]
    assert pairs("The Centre for Strategic Studies accused Russia of lying.") \
        == [("centre-for-strategic-studies", "RUS")]


def test_a_president_elect_speaks_for_no_state_yet() -> None:
    text = ("Guatemala's attorney general's office raided the electoral tribunal, in what President-elect Bernardo "
            "Arevalo called an attempted coup.")
    assert pairs(text) == [("bernardo-arevalo", "GTM")]


def test_a_body_named_before_its_head_noun_is_the_named_body() -> None:
    # "the Law and Justice party", "the CGT union": the name the parser hangs on "party" or "union"
    assert pairs("The Law and Justice party accused Poland's government of an illegal seizure of TVP.") == [
        ("law-and-justice", "POL")]
    assert pairs("Argentina's CGT union staged a general strike against President Javier Milei's decree, accusing "
                 "his government of waging war on workers.") == [("cgt", "ARG")]
    # the noun that sums up the clause, hung by the parser on that clause's subject
    assert pairs("Poland's government took control of the broadcaster TVP, a move the opposition Law and Justice "
                 "party denounced as an illegal seizure.") == [("law-and-justice", "POL")]


def test_federal_officials_and_officers_are_the_state_s_named_before() -> None:
    assert pairs("Ethiopia declared a state of emergency after fighting with Fano militiamen, whom federal "
                 "officials accuse of trying to overthrow the regional administration.") == [("ETH", "fano")]
    assert pairs("South African police opened fire on striking miners, killing 34, and the AMCU union later "
                 "accused officers of executing some of the men.") == [("amcu", "ZAF")]


def test_a_wrong_by_any_doer_is_no_act_yet() -> None:
    assert pairs("Pakistan's military spokesman warned that any Indian strike would be met with a full "
                 "response.") == []
    assert pairs("Pakistan said Indian strikes had killed 31 civilians.") == [("PAK", "IND")]


def test_designating_a_group_as_terrorist_labels_it() -> None:
    assert accusations("Ecuador designated Los Choneros as a terrorist organisation.") == [
        ("ECU", "los-choneros", "a terrorist organisation")]
    assert pairs("Ecuador designated Los Choneros as a partner.") == []


def test_mediators_joined_by_a_hyphen_and_talks_convened_by() -> None:
    assert mediators("Sudan army, RSF agree week-long truce in Jeddah under US-Saudi mediation") == ["SAU", "USA"]
    assert mediators("Ethiopia and the TPLF agreed to a truce after talks in Pretoria convened by the African "
                     "Union.") == ["african-union"]


def test_a_revoked_agreement_is_no_tie() -> None:
    assert read("Niger's ruling junta revoked its military cooperation agreements with France.").ties == []
    assert [list(t.members) for t in read("Niger signed a military cooperation agreement with Russia.").ties] == [
        ["NER", "RUS"]]


def test_a_report_told_after_its_clause_is_the_teller_s() -> None:
    # the small parser joins "told" to the clause as a second act
    assert accusations("Venezuela is arming the ELN guerrilla group, Colombia's defence minister told "
                       "reporters.") == [("COL", "VEN", "is arming the ELN guerrilla group")]
    assert pairs("Russia shelled Kharkiv overnight and Ukraine said it would respond.") == []


def test_those_a_speaker_says_were_linked_to_a_wrong_are_accused() -> None:
    assert pairs("Canada said agents of the Indian government were linked to the killing of a Sikh leader.") == [
        ("CAN", "IND")]
    assert pairs("Canada said India was linked to the new pipeline.") == []


def test_an_army_listed_with_another_state_is_the_one_state_named_before() -> None:
    assert pairs("Former Pakistani prime minister Imran Khan blamed the army and the United States for his "
                 "ouster.") == [("imran-khan", "PAK"), ("imran-khan", "USA")]


def test_a_headline_speaker_before_a_colon_is_not_also_the_accused() -> None:
    # the small parser makes the speaker a second subject of the reported verb
    assert pairs("Ukraine's military: Russia shelled Kharkiv overnight") == [("UKR", "RUS")]
    assert pairs("Argentina's CGT union confederation staged a strike, accusing President Javier Milei's "
                 "government of waging war on workers.") == [("cgt", "ARG")]


def test_backing_told_as_two_acts_or_by_a_state_s_strikes_is_a_tie() -> None:
    # "financing" read as a noun, "training" with the object joined to it
    reading = read("Burundi's president accused Kigali of financing and training the RED-Tabara rebels.")
    assert [list(t.members) for t in reading.ties] == [["RWA", "red-tabara"]]
    reading = read("Somali government troops, backed by African Union forces and US air strikes, recaptured "
                   "Barawe from al-Shabaab.")
    assert sorted(sorted(t.members) for t in reading.ties) == [["SOM", "USA"], ["SOM", "african-union"]]


def test_the_bloc_is_the_international_organisation_named_before() -> None:
    assert accusations("Mali quit ECOWAS, accusing the regional bloc of betraying its founding ideals.") == [
        ("MLI", "ecowas", "betraying its founding ideals")]
    # a party coalition is no international organisation named before
    assert pairs("Kenya's crisis deepened after ECOWAS spoke. The ruling alliance accused the opposition of "
                 "fraud.") == []


def test_meetings_held_with_a_view_to_facilitating_talks_mediate() -> None:
    assert mediators("Switzerland held meetings with both sides with a view to facilitating peace talks.") == [
        "CHE"]


def test_an_organ_whose_name_runs_on_past_another_state_s_organ_is_its_own_state_s() -> None:
    # Nigeria's secret police, not the US "Department of State"
    assert pairs("ABUJA — The opposition accused the Department of State Services of trying to abduct a judge.") == [
        ("opposition", "NGA")]
    assert pairs("WASHINGTON — The Department of State accused Iran of sponsoring terrorism.") == [("USA", "IRN")]


def test_the_one_charged_owns_the_backing_and_the_deal_the_charge_names() -> None:
    # "by arming" hung on the charge; "over its deal" after the one the blame is aimed at
    reading = read("Sudan took the United Arab Emirates to the International Court of Justice, accusing it of "
                   "complicity in genocide in Darfur by arming the RSF.")
    assert [list(t.members) for t in reading.ties] == [["ARE", "rsf"]]
    reading = read("Somalia lashed out at Ethiopia over its deal with Somaliland.")
    assert [list(t.members) for t in reading.ties] == [["ETH", "somaliland"]]


def test_a_move_set_after_the_object_that_a_side_calls_a_wrong_charges_the_doer() -> None:
    assert accusations("ANKARA — Turkish police detained the mayor, a move the CHP called a provocation.") == [
        ("chp", "TUR", "detained the mayor")]


def test_a_complaint_filed_alleging_a_wrong_names_its_filer() -> None:
    # the small tagger leaves the party's name untagged here
    assert pairs("JOHANNESBURG — The Economic Freedom Fighters filed a complaint with the Public Protector, "
                 "alleging that the president had misled parliament.") == [("economic-freedom-fighters", "ZAF")]


def test_what_the_one_thanked_or_blamed_is_for_is_its_own() -> None:
    # "its" after the object of a verb of praise or blame is the object's, even one named in the plural
    assert ties("China criticised the Philippines for its alliance with the United States.") == [{"PHL", "USA"}]
    assert ties("Washington thanked Seoul for its support of Ukraine.") == [{"KOR", "UKR"}]
    assert ties("Zelensky thanked Britain for its support.") == [{"GBR", "UKR"}]


def test_a_joint_act_listed_with_others_is_still_done_jointly() -> None:
    # "joint" and "with" hang on the first of "air and artillery strikes"
    assert ties("The Syrian army carried out joint air and artillery strikes with Russian forces against the "
                "rebels.") == [{"SYR", "RUS"}]


def test_who_leads_an_effort_to_broker_a_deal_mediates() -> None:
    assert mediators("Egypt has been leading efforts to broker a truce.") == ["EGY"]
    assert mediators("Israel rejected efforts to broker a truce.") == []


def test_the_named_members_of_a_group_labelled_a_wrong_are_accused() -> None:
    assert pairs("The US designated several groups, among them Hamas and Hezbollah, as terrorist "
                 "organisations.") == [("USA", "hamas"), ("USA", "hezbollah")]
    assert pairs("The US designated several groups, including Hamas, as terrorist organisations.") == [
        ("USA", "hamas")]


def test_they_is_not_the_subject_of_a_clause_describing_another() -> None:
    assert pairs("The Houthis, whom Washington and Riyadh accuse Tehran of arming, said on Sunday they had seized "
                 "a car carrier in the Red Sea.") == [("USA", "IRN"), ("SAU", "IRN")]


def test_an_accusation_made_by_no_one_is_none() -> None:
    assert pairs("Peru's foreign ministry said it had made no accusation against Bolivia.") == []


def test_a_relative_on_a_description_set_beside_a_name_is_about_the_name() -> None:
    reading = read("Kataib Hezbollah, an Iran-backed Iraqi militia which Washington blamed for the drone strike, "
                   "announced a pause in its attacks.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("USA", "kataib-hezbollah")]
    assert [set(t.members) for t in reading.ties] == [{"IRN", "kataib-hezbollah"}]


def test_a_pro_or_anti_word_and_a_cleric_s_title_are_not_part_of_the_name() -> None:
    assert pairs("The pro-Western Coalition for Change said Georgian Dream had stolen the election.") == [
        ("coalition-for-change", "georgian-dream")]
    reading = read("Armenia's government said Archbishop Bagrat Galstanyan had plotted to seize power.")
    assert [reading.inventory.name_of(a.accused) for a in reading.accusations] == ["Bagrat Galstanyan"]


def test_an_act_laid_at_someone_s_door_blames_them() -> None:
    assert accusations("Tehran vowed revenge for the assassination, laying the killing at Israel's door.") == [
        ("IRN", "ISR", "the killing")]


def test_a_state_s_bombers_and_drones_act_for_it() -> None:
    assert ties("Two Russian Tu-160 strategic bombers landed at Maiquetia for joint drills with the Venezuelan "
                "air force.") == [{"RUS", "VEN"}]


def test_a_union_federation_named_with_its_country_is_no_tie_to_the_country() -> None:
    assert ties("Argentina's CGT union federation staged a general strike against the government.") == []


def test_arming_someone_one_is_attacked_for_is_an_alleged_tie() -> None:
    reading = read("Turkish officials again hit out at Washington for arming the YPG, which Ankara regards as "
                   "a terrorist offshoot of the PKK.")
    assert [set(t.members) for t in reading.ties] == [{"USA", "ypg"}, {"ypg", "pkk"}]
    assert reading.ties[0].kind == "alleged_involvement"


def test_the_leader_of_a_named_bloc_is_in_it() -> None:
    assert ties("The Russian-led CSTO sent some 2,500 troops to Kazakhstan.") == [{"RUS", "csto"}]


def test_those_who_pledge_to_help_each_other_are_allies() -> None:
    assert ties("Turkey and Azerbaijan pledged to come to each other's aid if either is attacked.") == [
        {"TUR", "AZE"}]
    assert ties("Russia and North Korea agreed to provide military assistance to each other.") == [{"RUS", "PRK"}]
    assert ties("Armenia and Azerbaijan accused each other of shelling.") == []


def test_one_asked_to_mediate_mediates_but_an_envoy_of_a_side_does_not() -> None:
    assert mediators("Norway was asked to mediate talks between the government and the rebels.") == ["NOR"]
    assert mediators("Oman's foreign minister shuttled between the delegations, carrying messages between "
                     "Iran's Abbas Araghchi and US envoy Steve Witkoff.") == ["OMN"]


def test_names_listed_with_gangs_or_parties_are_groups_of_that_kind() -> None:
    # the small parser reads "among them A and B" as two more verbs' conjuncts
    assert pairs("Ecuador's President Daniel Noboa declared an internal armed conflict and designated 22 criminal "
                 "gangs, among them Los Choneros and Los Lobos, as terrorist organisations.") == [
        ("ECU", "los-choneros"), ("ECU", "los-lobos")]
    assert pairs("Haiti's government designated several gangs, including G9 and G-Pep, as terrorist "
                 "organisations.") == [("HTI", "g9"), ("HTI", "g-pep")]


def test_the_dissident_group_is_the_group_named_before() -> None:
    assert pairs("Colombia lifted the ceasefire with the FARC, saying the dissident group had killed an "
                 "Indigenous leader.") == [("COL", "farc")]


def test_abandoning_people_is_a_wrong_but_feeling_abandoned_is_no_charge() -> None:
    assert pairs("Opposition leader Yair Lapid said Netanyahu's government had abandoned the hostages.") == [
        ("yair-lapid", "ISR")]
    assert pairs("Many Kenyans say they have felt abandoned by their leaders since the vote.") == []
    assert pairs("Mercosur's founding members said Caracas had ruptured the democratic order.") == [
        ("mercosur", "VEN")]


def test_the_party_is_the_party_named_before_but_not_an_organisation() -> None:
    assert pairs("Bangladesh's government banned Jamaat-e-Islami and its student wing, blaming the party for "
                 "violence during weeks of protests.") == [("BGD", "jamaat-e-islami")]
    assert pairs("Human Rights Watch published a report. The DA blamed the party for the riots.") == []


def test_an_allegation_that_someone_was_linked_to_a_wrong_accuses_them() -> None:
    assert pairs("India rejected the Canadian prime minister's allegation that agents of the Indian government "
                 "were linked to the killing.") == [("CAN", "IND")]


def test_a_move_said_to_be_orchestrated_by_someone_accuses_its_maker() -> None:
    reading = read("Ivorian opposition leader Tidjane Thiam suggested that his removal from the electoral roll "
                   "was a political manoeuvre orchestrated by President Alassane Ouattara.")
    assert [(reading.inventory.name_of(a.accuser), reading.inventory.name_of(a.accused))
            for a in reading.accusations] == [("Tidjane Thiam", "Alassane Ouattara")]


def test_a_quote_split_by_its_speaker_is_read_whole() -> None:
    assert pairs("'The Rapid Support Forces and their allied militias,' the US secretary of state said, "
                 "'have committed genocide in Darfur.'") == [("USA", "rsf")]


def test_both_as_the_one_accused_is_the_two_named_before() -> None:
    assert pairs("Israel and Hamas traded fire, and the UN accused both of war crimes.") == [
        ("un", "ISR"), ("un", "hamas")]


def test_a_body_named_of_its_members_keeps_its_whole_name() -> None:
    reading = read("South African police opened fire on striking miners, and the Association of Mineworkers and "
                   "Construction Union later accused officers of executing some of the men.")
    assert [reading.inventory.name_of(a.accuser) for a in reading.accusations] == [
        "Association of Mineworkers and Construction Union"]


def test_fighters_described_as_fighting_alongside_others_are_tied_to_them() -> None:
    assert ties("Wagner mercenaries fighting alongside Malian troops took part in the killing of some 500 "
                "people.") == [{"wagner-group", "MLI"}]


def test_the_thanker_is_the_subject_of_the_first_of_two_joined_acts() -> None:
    assert ties("Serbian President Aleksandar Vucic said Belgrade would never recognise Kosovo's independence "
                "and thanked Russia and China for their principled support.") == [{"RUS", "SRB"}, {"CHN", "SRB"}]


def test_agreeing_to_govern_with_a_rival_ties_the_two() -> None:
    assert ties("The ANC agreed to govern with its long-time rival, the Democratic Alliance, in a government "
                "of national unity.") == [{"anc", "democratic-alliance"}]
    assert ties("The junta has ruled with an iron fist.") == []


def test_a_tie_word_past_a_comma_sees_no_one_as_the_other_s_partner() -> None:
    # "the memorandum" after "Somaliland," is the deal charged, no pact of Somalia's
    assert ties("Somalia's president lashed out at Ethiopia over its port-access deal with the breakaway region "
                "of Somaliland, calling the memorandum a blatant violation of our sovereignty.") == [
        {"ETH", "somaliland"}]


def test_the_bloc_led_by_a_state_is_the_bloc_named_before_and_the_state_leads_it() -> None:
    assert ties("Armenia's prime minister said his country had frozen its participation in the Collective "
                "Security Treaty Organization, complaining that the Moscow-led bloc had done nothing when "
                "Azerbaijani troops attacked Armenian territory.") == [{"RUS", "csto"}]


def test_the_party_in_power_is_no_party_named_before() -> None:
    assert pairs("Ousainou Darboe leads the United Democratic Party. Observers cited intimidation by the party "
                 "in power.") == []


def test_the_militant_group_behind_an_attack_is_a_new_one_and_any_government_is_none() -> None:
    assert ties("Hamas and the Taliban held talks. India accused Pakistan of backing the militant group behind "
                "Thursday's bombing.") == []
    assert ties("The BJP met. Its leader told reporters that the party would support any government the rebels "
                "wished to form.") == []


def test_questioning_two_things_charges_the_owner_of_the_one_that_is_a_judgment() -> None:
    assert pairs("The North Korean ambassador has questioned both the identity of the dead man and the "
                 "reliability of Malaysia's investigation.") == [("PRK", "MYS")]


def test_dying_at_the_hands_of_someone_is_a_wrong_they_are_charged_with_when_said() -> None:
    assert pairs("Hundreds of civilians have died at the hands of Syrian government forces, the United Nations "
                 "said.") == [("un", "SYR")]


def test_a_wrong_told_in_a_relative_clause_of_a_claim_charges_its_named_doer() -> None:
    assert pairs("Israel said it was trying to stop the rockets that Hamas was firing into Israel.") == [
        ("ISR", "hamas")]
    # the suspects charged are people, not an act of Kenya's
    assert pairs("Kenya said it would hand over the suspects that Somalia had accused of the attack.") == []


def test_aircraft_named_by_their_model_are_their_state_s_arms() -> None:
    assert pairs("Russian Su-34 bombers struck rebel positions in Idlib, the Syrian Observatory for Human "
                 "Rights said.") == [("syrian-observatory-for-human-rights", "RUS")]


def test_calling_for_restraint_names_no_one() -> None:
    assert pairs("Britain and France accused Moscow of war crimes in Bucha, China called for restraint and "
                 "India said it was deeply disturbed.") == [("GBR", "RUS"), ("FRA", "RUS")]
    assert pairs("On his weekly programme, Chavez called the Colombian raid a cowardly murder.") == [("VEN", "COL")]


def test_each_of_several_named_with_one_label_is_charged() -> None:
    assert pairs("Myanmar's junta has branded the National Unity Government and the People's Defence Forces "
                 "\"terrorist\" groups.") == [("MMR", "national-unity-government"), ("MMR", "peoples-defence-forces")]


def test_naming_someone_as_responsible_charges_them() -> None:
    assert pairs("The FBI named the North Korean government as responsible for the hack.") == [("USA", "PRK")]
    assert pairs("Washington described Beijing as a responsible stakeholder.") == []


def test_he_after_a_person_named_in_the_sentence_is_that_person() -> None:
    assert pairs("Peruvian prosecutors sought 20 years for Ollanta Humala, alleging that he laundered "
                 "millions.") == [("PER", "ollanta-humala")]


def test_tracing_a_wrong_to_someone_blames_them() -> None:
    assert pairs("New Zealand police traced the bombing to French agents.") == [("NZL", "FRA")]


def test_a_protest_lodged_after_a_wrong_charges_its_doer() -> None:
    assert pairs("Manila lodged a diplomatic protest after Chinese ships fired water cannon at a Philippine "
                 "boat.") == [("PHL", "CHN")]
    assert pairs("Manila lodged a diplomatic protest on Sunday after a Chinese coast guard ship fired a water "
                 "cannon at a Philippine supply boat.") == [("PHL", "CHN")]  # a time is no object


def test_those_said_to_have_been_armed_are_not_charged_with_it() -> None:
    assert pairs("Pristina said the 30 gunmen who barricaded themselves in a monastery had been armed and "
                 "trained in Serbia.") == []


def test_one_called_another_s_proxy_is_tied_to_that_other_not_to_the_caller() -> None:
    assert ties("Erdogan called the YPG a proxy of the PKK.") == [{"ypg", "pkk"}]
    assert ties("Putin called Lukashenko a close ally.") == [{"BLR", "RUS"}]


def test_arms_handed_over_by_their_owner_arm_no_one() -> None:
    assert ties("A FARC commander said that the group would hand over its weapons to UN monitors within 180 "
                "days.") == []
    assert ties("Iran handed over missiles to the Houthis.") == [{"IRN", "houthis"}]


def test_the_giver_is_the_subject_of_the_last_joined_clause() -> None:
    assert ties("After gunmen stormed a television studio, the president declared a state of emergency, and "
                "Washington promised equipment and training for Ecuador's security forces.") == [{"USA", "ECU"}]


def test_linking_one_to_another_ties_the_two_not_the_one_linking() -> None:
    assert ties("The UK linked the Lazarus Group to North Korea.") == [{"lazarus-group", "PRK"}]
    assert ties("The UK said APT31, a group it linked to China's Ministry of State Security, had hacked the "
                "Electoral Commission.") == [{"apt31", "CHN"}]


def test_the_pope_speaks_for_the_holy_see() -> None:
    assert mediators("The Pope offered to mediate between Russia and Ukraine.") == ["VAT"]


def test_one_who_shuttles_between_sides_in_a_second_joined_act_mediates() -> None:
    assert mediators("Qatar hosted the office and shuttled between the insurgents and Washington.") == ["QAT"]


def test_guarantors_listed_after_their_role_all_mediate_but_a_group_s_members_do_not() -> None:
    assert mediators("Ecuador and Peru signed a final peace accord in Brasilia, the guarantors of the 1942 Rio "
                     "Protocol, Argentina, Brazil, Chile and the United States, having helped draw the "
                     "border.") == ["ARG", "BRA", "CHL", "USA"]
    assert mediators("Representatives of the mediators in the conflict, the co-chairs of the OSCE Minsk Group "
                     "(Russia, United States, France) are meeting today in Geneva.") == ["osce-minsk-group"]


def test_giving_or_granting_a_group_sanctuary_backs_it_but_offering_a_ceasefire_does_not() -> None:
    assert ties("Sudan gave al-Qaeda sanctuary.") == [{"SDN", "al-qaeda"}]
    assert ties("Pakistan granted the Taliban safe haven.") == [{"PAK", "taliban"}]
    assert ties("Russia offered Ukraine a ceasefire.") == []


def test_him_after_a_when_clause_is_the_one_that_clause_tells_of() -> None:
    assert ties("When Osama bin Laden was leaving Sudan, Gulbuddin Hekmatyar offered him sanctuary in "
                "Afghanistan.") == [{"gulbuddin-hekmatyar", "osama-bin-laden"}]


def test_a_group_and_its_armed_wing_named_after_it_are_tied() -> None:
    assert ties("The National Unity Government and its armed wing, the People's Defence Force, were labelled "
                "terrorists.") == [{"peoples-defence-force", "national-unity-government"}]


def test_arms_sent_to_a_state_read_as_their_modifier_arm_it_but_not_their_maker() -> None:
    assert ties("The United States has sent Ukraine anti-tank missiles.") == [{"USA", "UKR"}]
    assert ties("Poland sent US tanks.") == []


def test_a_group_that_is_part_of_another_is_tied_to_it_but_a_place_is_not() -> None:
    assert ties("The Wharf Jérémie gang is part of Viv Ansanm, an alliance of the capital's main armed "
                "groups.") == [{"wharf-jeremie", "viv-ansanm"}]
    assert ties("Crimea is part of Ukraine, Kyiv says.") == []


def test_a_court_named_with_what_it_is_stays_a_side_but_one_told_by_its_state_alone_is_the_state() -> None:
    assert pairs("A Paris criminal court convicted Marine Le Pen of embezzlement.") == [
        ("paris-criminal-court", "marine-le-pen")]
    assert pairs("An Egyptian court sentenced Mohamed Morsi to death for espionage.") == [("EGY", "mohamed-morsi")]


def test_workers_bodies_named_after_a_state_or_a_union_keep_their_whole_name() -> None:
    assert names_of("The Nigeria Labour Congress called a strike.") == {"Nigeria Labour Congress"}
    assert names_of("The Trades Union Congress called a strike.") == {"Trades Union Congress"}
    assert pairs("The Congress of South African Trade Unions accused the ANC of betrayal.") == [
        ("congress-of-south-african-trade-unions", "anc")]
    assert names_of("The African Union named three envoys.") == {"African Union"}


def test_a_kingdoms_army_named_royal_is_its_state() -> None:
    assert pairs("Cambodia accused the Royal Thai Army of shelling a temple.") == [("KHM", "THA")]


def test_a_ban_reported_of_another_is_a_charge_but_ones_own_is_not() -> None:
    assert pairs("The SADC mission said the Zimbabwean authorities had banned opposition rallies.") == [("sadc", "ZWE")]
    assert pairs("The government said it had banned fireworks.") == []


def test_the_parsers_slips_on_reported_clauses_are_mended() -> None:
    # a "that" clause after "charged" read as an adverbial clause; the one telling hung on the clause;
    # "had stuffed ballot boxes" read as "had (stuffed boxes)"
    assert pairs("The MDC charged that ZANU-PF militias had stuffed ballot boxes across Mashonaland.") == [
        ("mdc", "zanu-pf")]
    assert pairs("The Movement for Democratic Change charged that ZANU-PF militias had stuffed ballot boxes across "
                 "Mashonaland, a claim the ruling party brushed off as \"the whining of bad losers\".") == [
        ("movement-for-democratic-change", "zanu-pf")]
    assert pairs("Both the Sudanese army and the Rapid Support Forces have obstructed aid convoys bound for "
                 "Darfur, the UN's humanitarian chief, Martin Griffiths, told the Security Council.") == [
        ("un", "SDN"), ("un", "rsf")]


def test_help_given_to_a_states_army_backs_the_state_not_its_foe() -> None:
    assert ties("Chad sent troops across the border to help Nigeria's army drive Boko Haram out of the towns "
                "it held.") == [{"TCD", "NGA"}]


def test_governing_alongside_a_rival_and_backing_a_sides_rebellion_tie_them() -> None:
    assert ties("The ANC agreed to govern alongside the Democratic Alliance, its long-time rival.") == [
        {"anc", "democratic-alliance"}]
    assert ties("Rwanda's backing for the M23 rebellion drew sanctions.") == [{"RWA", "m23"}]
    assert ties("New Delhi has handed a surveillance aircraft to Sri Lanka's navy.") == [{"IND", "LKA"}]


def test_names_the_parser_hangs_on_a_fronted_phrase_are_the_subjects_not_mediators() -> None:
    assert mediators("In a swap mediated by the United Arab Emirates, Kyiv and Moscow each handed over 95 prisoners "
                     "of war on Wednesday.") == ["ARE"]


def test_a_court_of_an_organisation_named_in_full_is_a_side_of_its_own() -> None:
    assert pairs("The Court of Justice of the European Union ruled that Poland's disciplinary chamber for judges "
                 "undermined judicial independence.") == [("court-of-justice-of-the-european-union", "POL")]


def test_a_clause_opening_on_should_or_had_supposes_and_asserts_nothing() -> None:
    assert ties("Should Belgrade be shown to have supplied the weapons, Pristina would raise the matter with "
                "NATO.") == []
    assert pairs("Should Iran be found to have armed the Houthis, Riyadh would retaliate.") == []
    assert pairs("Serbia supplied the weapons to the gunmen, Pristina said.") == [("XKX", "SRB")]


def test_a_rivalry_named_beside_a_pact_ties_no_one_to_the_rival() -> None:
    assert ties("Papua New Guinea's defence cooperation agreement with the United States sparked protests over "
                "fears it would drag the country into Washington's rivalry with Beijing.") == [{"PNG", "USA"}]


def test_an_office_with_a_portfolio_before_a_name_is_the_holders_not_an_organisation() -> None:
    assert pairs("US Assistant Secretary of State for African Affairs Jendayi Frazer accused Zimbabwe of starving "
                 "the population.") == [("USA", "ZWE")]


def test_a_second_passive_shares_the_subject_and_names_its_own_doer() -> None:
    # the parser tags "carried" a past tense, though "by Hezbollah" makes it the passive's twin
    text = "The bombing was planned in Tehran and carried out by Hezbollah, Argentina's prosecutors said."
    assert accusations(text) == [("ARG", "hezbollah", "The bombing was planned in Tehran and carried out by Hezbollah")]


def test_a_name_after_a_spanish_plural_article_is_a_group_not_a_person() -> None:
    # were "Los Choneros" a person, the president would be a person of a domestic quarrel too
    assert accusations("Ecuador's President Daniel Noboa accused Los Choneros of terrorism.") == [
        ("ECU", "los-choneros", "terrorism")]


def test_a_known_leaders_government_speaks_for_the_state_whatever_the_accents() -> None:
    text = ("Viktor Orbán's government has taken aim at George Soros, saying the financier is orchestrating "
            "mass migration.")
    assert accusations(text) == [("HUN", "george-soros", "the financier is orchestrating mass migration")]


def test_a_company_a_relative_clause_charges_is_a_side_even_first_in_the_sentence() -> None:
    text = "Huawei, which the US Justice Department accuses of stealing trade secrets, has pleaded not guilty."
    assert accusations(text) == [("USA", "huawei", "stealing trade secrets")]


def test_a_company_an_attack_in_words_is_aimed_at_is_a_side_and_its_description_stands_for_it() -> None:
    text = "Venezuela lashed out at ExxonMobil, accusing the oil major of bankrolling Guyana's campaign."
    assert accusations(text) == [("VEN", "exxonmobil", "bankrolling Guyana's campaign")]


def test_a_un_body_that_reports_is_a_side_by_its_own_name_while_an_envoy_speaks_for_the_un() -> None:
    text = ("In its report the UN Commission of Inquiry on Syria held Islamic State responsible for genocide "
            "against the Yazidis.")
    assert accusations(text) == [("un-commission-of-inquiry-on-syria", "islamic-state", "genocide against the Yazidis")]
    assert accusations("UN envoy Hans Grundberg accused the Houthis of stalling.") == [("un", "houthis", "stalling")]


def test_a_leader_beside_a_body_above_states_speaks_for_the_state_and_bore_is_the_verb() -> None:
    # no state is named, yet this is no domestic quarrel; the parser reads "bore" as a noun
    assert accusations("The ICC said Vladimir Putin bore responsibility for the deportation of children.") == [
        ("icc", "RUS", "Vladimir Putin bore responsibility for the deportation of children")]


def test_holding_a_side_to_account_for_a_wrong_charges_it() -> None:
    assert accusations("The EU held Wagner to account for torture.") == [("eu", "wagner-group", "torture")]


def test_a_thing_supplied_named_by_a_pronoun_is_no_side_of_a_tie() -> None:
    assert ties("Riyadh said Tehran had supplied it.") == []
    assert ties("Riyadh said Tehran had supplied the Houthis.") == [{"houthis", "IRN"}]


def test_a_speaker_said_to_be_blunt_before_a_colon_charges_what_follows() -> None:
    assert accusations("Ukraine's foreign minister was blunt: Russian forces had executed the prisoners.") == [
        ("UKR", "RUS", "had executed the prisoners")]


def test_a_vote_described_as_neither_free_nor_fair_is_charged_to_its_state() -> None:
    text = "The 2020 vote in Belarus was described as \"neither free nor fair\" by the EU's foreign ministers."
    assert accusations(text) == [("eu", "BLR", "neither free nor fair")]


def test_a_sayer_the_parser_lists_with_the_reported_object_still_says_it() -> None:
    # the parser reads "the RSF, Human Rights Watch" as a list, or "RSF" as a modifier of the sayer
    text = "Sudan is arming the RSF, Human Rights Watch wrote in its report."
    assert accusations(text) == [("human-rights-watch", "SDN", "is arming the RSF")]
    assert ties(text) == [{"SDN", "rsf"}]
    assert accusations("Sudan is arming the RSF, Human Rights Watch said.") == [
        ("human-rights-watch", "SDN", "is arming the RSF")]


def test_a_finding_after_the_report_is_a_charge_by_whoever_found_it() -> None:
    text = "Wagner breached the arms embargo, the UN Panel of Experts on Libya concluded in a report."
    assert accusations(text) == [("un-panel-of-experts-on-libya", "wagner-group", "breached the arms embargo")]


def test_a_case_filed_at_a_court_accusing_a_side_is_the_filers_charge_not_the_courts() -> None:
    text = ("Sudan's army-led government filed a case at the International Court of Justice accusing the United "
            "Arab Emirates of complicity in genocide.")
    assert accusations(text) == [("SDN", "ARE", "complicity in genocide")]
    # "with" and a name before a participle is a clause of its own: Cuba hosts, nobody is read as mediating less
    assert ties("Norway facilitated the talks, with Cuba hosting the negotiations in Havana.") == []


def test_a_headline_pointing_the_finger_read_as_a_noun_phrase() -> None:
    assert accusations("Ashgabat points finger at Gazprom over blast on gas pipeline") == [
        ("TKM", "gazprom", "blast on gas pipeline")]


def test_each_state_a_list_of_modifiers_names_did_the_act() -> None:
    text = "Yemen's Houthis said civilians were killed by US and British air strikes."
    assert pairs(text) == [("houthis", "USA"), ("houthis", "GBR")]


def test_forces_sent_in_support_of_a_side_or_at_a_hosts_invitation_tie_the_sender_to_it() -> None:
    assert ties("Wagner flew 1,200 fighters into Libya in support of Khalifa Haftar.") == [
        {"khalifa-haftar", "wagner-group"}]
    assert ties("Russia deployed troops to Niger at the invitation of its junta.") == [{"NER", "RUS"}]


def test_states_signing_a_charter_together_are_allies() -> None:
    assert ties("Mali, Burkina Faso and Niger signed the Liptako-Gourma Charter.") == [{"BFA", "MLI", "NER"}]


def test_a_finding_hung_after_a_time_phrase_and_a_passive_doer_by_an_act_noun() -> None:
    # the parser makes the finding an adverbial clause after "since 1991"; "by Sri Lankan government
    # shelling" names the doer through the act's owner
    text = ("Eritrean officials have committed crimes against humanity since 1991, the UN Commission of Inquiry "
            "concluded.")
    assert pairs(text) == [("un-commission-of-inquiry", "ERI")]
    assert pairs("Civilians were killed by Sri Lankan government shelling, a UN panel of experts said.") == [
        ("un-panel-of-experts", "LKA")]


def test_a_coup_called_a_breach_is_charged_to_the_state_the_sentence_names() -> None:
    text = "ECOWAS suspended Guinea from its bodies, calling the coup a flagrant breach of the bloc's protocol."
    assert pairs(text) == [("ecowas", "GIN")]


def test_rounding_up_activists_is_a_wrong() -> None:
    assert pairs("The BNP said police had rounded up its activists in Dhaka.") == [("bnp", "BGD")]


def test_partners_in_brokering_together_with_or_along_with_mediate_too() -> None:
    assert mediators("Qatar brokered the truce between Israel and Hamas together with Egypt and the United States.") \
        == ["EGY", "QAT", "USA"]


def test_an_office_with_its_owner_the_parser_hung_on_the_verb_is_its_subject() -> None:
    # the parser reads "Kuwait's emir" as a compound of "shuttled"
    assert mediators("Kuwait's emir shuttled between Riyadh and Doha in a bid to end the blockade.") == ["KWT"]


def test_the_verb_after_a_name_and_its_office_in_commas_is_the_sentences_verb() -> None:
    # the parser reads "mediated" as a participle on the office, leaving the sentence no verb
    assert mediators("Blaise Compaore, then Burkina Faso's president, mediated between Bamako and the MNLA rebels.") \
        == ["BFA"]


def test_sides_among_those_arming_a_group_back_it() -> None:
    assert ties("Egypt and the UAE were among those arming the Libyan National Army.") == [
        {"EGY", "lna"}, {"lna", "ARE"}]


def test_a_party_whose_name_reads_as_a_legislature_is_the_party() -> None:
    assert pairs("The Indian National Congress accused the BJP of vote theft.") == [("inc", "bjp")]
    assert pairs("The US Congress accused China of spying.") == [("congress", "CHN")]  # (a legislature still)


def test_a_quote_split_by_its_attribution_is_said_by_the_one_named_between() -> None:
    # the parser makes the second half of the quote the sentence's root and the first name the sayer's
    assert accusations('"Russia," Ukraine\'s foreign minister said, "has violated the ceasefire."') == [
        ("UKR", "RUS", "has violated the ceasefire")]


def test_gangs_named_among_those_designated_though_the_parser_hangs_among_on_a_name() -> None:
    text = ("Ecuador's President Daniel Noboa declared an 'internal armed conflict' and designated 22 criminal gangs, "
            "among them Los Choneros and Los Lobos, as terrorist organisations.")
    assert pairs(text) == [("ECU", "los-choneros"), ("ECU", "los-lobos")]


def test_a_participle_of_saying_that_names_the_main_subject_as_doer_is_the_clause_befores() -> None:
    text = ("Hungarian Prime Minister Viktor Orbán accused Brussels of 'blackmail' after the European Commission "
            "froze billions of euros in funds, saying Budapest had failed to tackle corruption.")
    assert pairs(text) == [("HUN", "eu"), ("eu", "HUN")]


def test_military_drills_two_sides_hold_tie_them_joint_said_or_not() -> None:
    assert ties("Russia and China held naval drills in the East China Sea.") == [{"RUS", "CHN"}]
    assert ties("Belarus staged drills with Russian troops near the Polish border.") == [{"BLR", "RUS"}]
    assert ties("The United States and South Korea have not held large-scale drills since 2018.") == []


def test_drills_condemned_charge_every_side_that_holds_them() -> None:
    # each side of "held by US and South Korean forces" and of "between X and Y", not the first only
    for text in ("North Korea condemned the drills held by US and South Korean forces.",
                 "North Korea condemned the annual exercises between the United States and South Korea as a "
                 "rehearsal for invasion."):
        assert pairs(text) == [("PRK", "USA"), ("PRK", "KOR")]
        assert ties(text) == [{"USA", "KOR"}]


def test_a_state_named_by_its_earlier_name_is_the_state_it_goes_on_as() -> None:
    assert pairs("Zaire accused Angola of sheltering Katangese rebels.") == [("COD", "AGO")]
    assert pairs("Peking charged Hanoi with expelling ethnic Chinese.") == [("CHN", "VNM")]
    assert pairs("Ceylon accused the Tamil Tigers of the massacre.") == [("LKA", "ltte")]


def test_a_former_state_is_a_side_of_its_own_not_the_state_whose_name_it_holds() -> None:
    assert pairs("South Vietnam accused North Vietnam of violating the Paris accords.") == [("south-vietnam", "VNM")]
    assert pairs("Rhodesia accused Zambia of harbouring guerrillas.") == [("rhodesia", "ZMB")]


def test_movements_of_the_cold_war_are_known_without_an_introduction() -> None:
    assert ties("The Contras, backed by the United States, attacked an army post.") == [{"USA", "contras"}]
    assert ties("UNITA received aid from South Africa.") == [{"unita", "ZAF"}]
    assert pairs("Frelimo accused Renamo of massacring villagers.") == [("frelimo", "renamo")]


def test_the_charge_hung_on_the_place_of_a_based_in_clause_is_the_verbs() -> None:
    assert accusations("South Africa accused SWAPO guerrillas based in Angola of attacks in the north.") == [
        ("ZAF", "swapo", "attacks in the north")]
    assert accusations("Uganda accused ADF rebels hiding in Congo of killing villagers.") == [
        ("UGA", "adf", "killing villagers")]


def test_an_act_someone_claimed_is_theirs_when_another_condemns_it() -> None:
    assert pairs("The Provisional IRA claimed responsibility for the bombing, which the British government "
                 "condemned as barbaric.") == [("GBR", "ira")]
    assert pairs("Nobody claimed responsibility for the bombing, which the government condemned.") == []


def test_a_call_on_both_sides_to_end_their_fighting_charges_neither() -> None:
    assert pairs("The UN Security Council called on Armenia and Azerbaijan to halt the fighting in Nagorno-Karabakh "
                 "and return to talks.") == []
    assert pairs("The EU called on Russia and Belarus to stop attacks on Ukraine.") == [("eu", "RUS"), ("eu", "BLR")]


def test_an_arms_embargo_is_no_arms_supply() -> None:
    assert ties("The Security Council imposed an arms embargo on Iraq four days after Iraqi troops overran Kuwait.") \
        == []
    assert ties("Russia supplies arms to Iraq.") == [{"RUS", "IRQ"}]


def test_those_handed_over_under_a_pact_are_not_its_members() -> None:
    assert ties("France agreed to hand suspected ETA members to Spanish police under a security cooperation accord.") \
        == [{"FRA", "ESP"}]


def test_a_pact_said_to_do_wrong_is_no_one_accused() -> None:
    assert pairs("The Loyalist Communities Council said the Northern Ireland Protocol had betrayed unionists.") == []


def test_unrest_blamed_on_someone_is_not_charged_to_those_who_quelled_it() -> None:
    assert pairs("Saudi Arabia sent troops into Bahrain to help quell Shiite-led protests, which the Bahraini "
                 "government blamed on Iranian meddling.") == [("BHR", "IRN")]


def test_a_long_name_that_says_what_the_sentence_reports_is_the_sayer() -> None:
    # the parser lists the body with the victims before it and joins "said" to the reported verb
    text = ("The Islamic State group is committing genocide against the Yazidis, including thousands of women "
            "abducted from Sinjar, the UN Commission of Inquiry on Syria said in a report.")
    assert pairs(text) == [("un-commission-of-inquiry-on-syria", "islamic-state")]


def test_two_names_a_headline_joins_with_a_comma_act_together() -> None:
    assert pairs("Armenia, Azerbaijan accuse each other of racial discrimination") == [("ARM", "AZE"), ("AZE", "ARM")]
    assert pairs("Armenia, Azerbaijan accuse Iran of meddling") == [("ARM", "IRN"), ("AZE", "IRN")]
    assert pairs("Russia, Ukraine's neighbour, accused Kyiv of shelling.") == [("RUS", "UKR")]


def test_the_army_after_a_states_jets_is_that_states() -> None:
    text = ("Turkish jets pounded PKK camps in northern Iraq overnight, the army said, branding the group a terrorist "
            "organisation.")
    assert pairs(text) == [("TUR", "pkk")]


def test_troops_sent_at_the_request_of_a_leader_read_as_the_senders_tie_the_host() -> None:
    assert ties("Syria sent some 20,000 troops into Lebanon at the request of President Suleiman Frangieh.") == [
        {"SYR", "LBN"}]


def test_the_only_country_to_recognise_a_state_recognises_it() -> None:
    assert ties("Russia became the first state to recognise Abkhazia.") == [{"RUS", "abkhazia"}]


def test_talks_hosted_in_a_capital_are_hosted_by_its_state() -> None:
    assert mediators("Saudi Arabia and Iran agreed to restore relations after talks hosted in Beijing.") == ["CHN"]
    assert mediators("Talks hosted in Geneva brought the two sides together.") == []  # no seat of government


def test_states_listed_between_dashes_beside_a_format_mediate_with_it() -> None:
    reading = read("The co-chairs of the OSCE Minsk Group — Russia, France and the United States — met the "
                   "presidents in Vienna.")
    assert [(m.mediator, m.members) for m in reading.mediations] == [("osce-minsk-group", ("RUS", "FRA", "USA"))]


def test_soviet_named_as_a_side_but_not_as_a_time() -> None:
    assert pairs("Iran expelled 18 Soviet diplomats, accusing them of espionage.") == [("IRN", "SUN")]
    assert pairs("Russia accused the former Soviet republic of Georgia of provoking the war.") == [("RUS", "GEO")]
    assert pairs("Ukraine's army flies Soviet-era jets, Kyiv said, accusing Russia of shelling its airfields.") == [
        ("UKR", "RUS")]


def test_moscow_is_the_soviet_union_where_the_article_names_it_and_not_russia() -> None:
    assert pairs("Soviet troops entered Afghanistan in 1979, and the United States accused Moscow of aggression.") \
        == [("USA", "SUN")]
    assert pairs("Moscow accused Kyiv of shelling, thirty years after the collapse of the Soviet Union.") == [
        ("RUS", "UKR")]


def test_a_membership_stated_stands_beside_a_charge_against_the_bloc() -> None:
    text = "Armenia accused the CSTO of failing to help, though Armenia remains a member of the bloc."
    assert pairs(text) == [("ARM", "csto")]
    assert ties(text) == [{"ARM", "csto"}]


def test_troops_called_in_from_a_bloc_or_a_state_tie_the_two() -> None:
    assert {"KAZ", "csto"} in ties("Kazakhstan called in troops from the Russia-led Collective Security Treaty "
                                   "Organization.")
    assert ties("Mali requested soldiers from Russia.") == [{"MLI", "RUS"}]
    assert ties("Mali did not request troops from France.") == []


def test_a_case_against_a_state_says_what_it_did() -> None:
    found = accusations("Dublin's case against London at the European Court of Human Rights alleges that the "
                        "interrogation techniques amount to torture.")
    assert [(a, b) for a, b, _ in found] == [("IRL", "GBR")] and found[0][2].endswith("amount to torture")


def test_a_warrant_that_cites_grounds_charges_what_they_show() -> None:
    assert accusations("The ICC issued arrest warrants for Netanyahu and Deif, citing reasonable grounds to believe "
                       "they bore responsibility for war crimes.")[:1] == [
        ("icc", "ISR", "they bore responsibility for war crimes")]


def test_a_joint_doctrine_ties_those_who_adopt_it() -> None:
    assert ties("Greece and Cyprus adopted a joint defence doctrine.") == [{"GRC", "CYP"}]


def test_a_state_said_to_have_become_an_accomplice_is_charged() -> None:
    assert pairs("Ukraine said Tehran had become an accomplice in the war.") == [("UKR", "IRN")]
    assert pairs("Ukraine said Tehran had become a major trading partner.") == []


def test_them_after_arms_are_the_arms_not_a_side() -> None:
    text = ("Ukraine accused Russia of launching Iranian-made drones at its power grid and said Tehran had become an "
            "accomplice in the war by supplying them.")
    assert pairs(text) == [("UKR", "RUS"), ("UKR", "IRN")]
    assert ties(text) == []


def test_treating_any_advance_as_a_cause_for_war_is_a_threat_not_a_charge() -> None:
    assert pairs("Athens pledged to treat any Turkish advance beyond the ceasefire line as a cause for war.") == []


def test_directing_a_group_backs_it() -> None:
    assert ties("Washington accused Iran of arming and directing Islamic Jihad.") == [{"IRN", "islamic-jihad"}]


def test_an_owners_arming_or_funding_of_a_group_backs_it() -> None:
    assert ties("Turkey criticised Washington's arming of the YPG.") == [{"USA", "ypg"}]
    assert ties("Israel condemned Iran's funding of Hezbollah.") == [{"IRN", "hezbollah"}]


def test_a_victory_won_with_a_states_help_ties_the_two() -> None:
    assert ties("Azerbaijan retook the territory with Turkey's help.") == [{"AZE", "TUR"}]


def test_a_wrong_done_on_anothers_orders_charges_and_ties_the_one_who_gave_them() -> None:
    text = "Colombia said the ELN had bombed the pipeline on orders from Venezuela."
    assert pairs(text) == [("COL", "eln"), ("COL", "VEN")]
    assert ties(text) == [{"eln", "VEN"}]
    assert pairs("Estonia said the arson attack had been organised on behalf of Russian military intelligence.") == [
        ("EST", "RUS")]


def test_acting_on_anothers_behalf_ties_the_two_without_charging_the_one_served() -> None:
    text = "Latvia accused the businessman Janis Berzins of acting on the Kremlin's behalf."
    assert pairs(text) == [("LVA", "janis-berzins")]
    assert ties(text) == [{"janis-berzins", "RUS"}]
    assert pairs("Joe Biden urged Turkey to stop interfering on Azerbaijan's behalf.") == [("USA", "TUR")]


def test_hallmarks_of_an_owned_attack_according_to_a_source_charge_its_owner() -> None:
    assert pairs("The blast bore the hallmarks of an Iranian drone strike, according to Israel's army.") == [
        ("ISR", "IRN")]


def test_attacks_laid_at_a_door_in_a_relative_clause_are_blamed_on_its_owner() -> None:
    assert accusations("It was the third attack Kyiv has laid at Moscow's door this month.") == [
        ("UKR", "RUS", "the third attack")]


def test_a_second_subject_the_parser_listed_with_an_object_is_the_second_verbs() -> None:
    text = "Paris recognised the new government, and Algiers, voicing its anger at the move, accused France of meddling."
    assert pairs(text) == [("DZA", "FRA")]


def test_the_junta_beside_a_speaking_state_is_the_other_state_named() -> None:
    assert pairs("Thailand summoned Myanmar's envoy and accused the junta's soldiers of firing rockets into Thai "
                 "villages.") == [("THA", "MMR")]


def test_calling_it_an_attack_by_someone_charges_the_doer_not_what_it_stands_for() -> None:
    assert pairs("Finland closed its border, with its interior minister calling it a hybrid attack by the "
                 "Kremlin.") == [("FIN", "RUS")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Qatar, Egypt and the United States act as mediators in the talks.", ["EGY", "QAT", "USA"]),
    ("The OSCE, Russia and Ukraine act as mediators between Moldova and Transnistria.", ["RUS", "UKR", "osce"]),
])
def test_a_list_that_acts_as_mediators_names_each_of_them(text, expected) -> None:
    assert mediators(text) == expected


def test_a_verb_joined_to_an_accusation_is_no_part_of_it() -> None:
    text = ("Poland's president accused Belarus of hybrid warfare, and said Poland and Lithuania had jointly asked the "
            "European Union for help.")
    assert ties(text) == [{"POL", "LTU"}]


def test_evidence_pieced_together_in_two_states_ties_neither() -> None:
    assert ties("Investigators in France and Belgium are piecing together the evidence.") == []


def test_armoured_vehicles_received_from_a_state_tie_it_with_the_receiver() -> None:
    assert ties("Chad has bought drones from Turkey and received armoured vehicles from China.") == [
        {"TCD", "TUR"}, {"TCD", "CHN"}]


def test_letting_a_group_do_a_wrong_ties_the_two() -> None:
    text = "Ethiopia said Sudan had let the TPLF launch attacks from its territory."
    assert pairs(text) == [("ETH", "SDN")]
    assert ties(text) == [{"SDN", "tplf"}]
    assert ties("Turkey allowed Sweden to open an embassy in Ankara.") == []


def test_a_finding_in_the_infinitive_charges_the_one_found() -> None:
    assert accusations("Hungary was found by the European Court of Human Rights to have violated the rights of asylum "
                       "seekers.") == [("european-court-of-human-rights", "HUN", "violated the rights of asylum seekers")]
    assert pairs("Hungary was found to have violated the rights of asylum seekers.") == []


def test_grounds_to_believe_after_there_are_report_what_they_show() -> None:
    assert accusations("The UN inquiry said there are reasonable grounds to believe Eritrean troops committed war "
                       "crimes in Tigray.") == [("un", "ERI", "committed war crimes in Tigray")]


def test_stripping_critics_of_their_citizenship_is_a_wrong() -> None:
    assert pairs("Amnesty International said Nicaragua's government had stripped critics of their citizenship.") == [
        ("amnesty-international", "NIC")]


def test_the_groups_spokesman_is_the_named_groups_not_a_crowd_named_after_it() -> None:
    text = ("Nigeria blamed Boko Haram for the killing of 40 villagers, and the group's spokesman accused the army "
            "of lying.")
    assert pairs(text) == [("NGA", "boko-haram"), ("boko-haram", "NGA")]


def test_a_contingent_of_a_states_troops_is_the_states() -> None:
    assert ties("The first contingent of 300 Rwandan troops arrived in Bangui to help the Central African Republic's "
                "army fight the rebels.") == [{"RWA", "CAF"}]


def test_a_colombian_department_is_no_turkish_city() -> None:
    reading = read("Colombian President Gustavo Petro pinned the killing of five soldiers in Antioquia on the Clan del "
                   "Golfo and lifted the suspension of arrest warrants.")
    assert [(a.accuser, a.accused) for a in reading.accusations] == [("COL", "clan-del-golfo")]
    assert {m.actor for m in reading.inventory.mentions} == {"COL", "clan-del-golfo"}


def test_a_party_named_with_a_states_word_is_the_party() -> None:
    assert ties("Hungary's prime minister flew to Tbilisi to show his support for Georgian Dream.") == [
        {"HUN", "georgian-dream"}]


def test_fighters_behind_an_attack_that_a_state_harbours_are_charged_with_it() -> None:
    assert pairs("Iraq accused Syria of harbouring the al-Qaeda fighters behind the Baghdad bombings.") == [
        ("IRQ", "SYR"), ("IRQ", "al-qaeda")]


def test_he_after_a_sentence_that_names_one_person_is_that_person() -> None:
    assert pairs("Judges at the International Criminal Court issued an arrest warrant for Sudanese President Omar "
                 "al-Bashir. The court said he bore criminal responsibility for genocide in Darfur.") == [
        ("icc", "omar-al-bashir")]


def test_this_called_a_wrong_in_a_quote_charges_the_doer_the_sentence_before_told() -> None:
    assert pairs('Ethiopian troops crossed into Somalia on Monday. "This is a blatant invasion," Somalia\'s foreign '
                 'minister said.') == [("SOM", "ETH")]


def test_instrumentalising_migrants_is_a_wrong() -> None:
    assert pairs("The European Union said the Belarusian authorities were instrumentalising migrants.") == [
        ("eu", "BLR")]


def test_a_group_called_anothers_extension_is_tied_to_it() -> None:
    assert ties("Turkish officials said the YPG was an extension of the PKK.") == [{"ypg", "pkk"}]


def test_most_of_a_drone_fleet_bought_from_a_state_ties_the_two() -> None:
    assert ties("Morocco buys most of its drone fleet from Israel.") == [{"MAR", "ISR"}]


def test_a_name_after_a_groups_noun_is_the_group_not_a_person_or_the_crowd_before_it() -> None:
    assert pairs("Iraq said the insurgent group Ansar al-Sunna had bombed the pipeline.") == [("IRQ", "ansar-al-sunna")]


def test_groups_described_then_named_are_the_groups_named() -> None:
    assert pairs("Kenya blamed the attack on two Somali militant groups, al-Shabaab and Hizbul Islam.") == [
        ("KEN", "al-shabaab"), ("KEN", "hizbul-islam")]


def test_the_group_with_its_lands_adjective_is_the_group_named_before() -> None:
    assert pairs("Hamas fired rockets at Israel on Monday. The Palestinian group said Israel had killed its "
                 "commander.") == [("hamas", "ISR")]


def test_the_two_countries_signing_a_declaration_on_allied_relations_are_tied() -> None:
    assert ties("Russian drones played a decisive role in Belarus's exercises, analysts say. The two countries signed "
                "a declaration on allied relations in 2022.") == [{"RUS", "BLR"}]


def test_separate_agreements_tie_each_signer_with_the_partner_only() -> None:
    assert ties("Sudan and Chad signed separate agreements with the United Nations on Friday.") == [
        {"SDN", "un"}, {"TCD", "un"}]


def test_the_three_leaders_are_the_states_whose_presidents_met() -> None:
    assert ties("The presidents of Egypt, Jordan and Iraq met in Baghdad on Sunday. In a joint statement, the three "
                "leaders pledged to deepen their cooperation.") == [{"EGY", "JOR", "IRQ"}]


def test_the_two_mediators_are_both_go_betweens_named_before() -> None:
    assert mediators("Norway has acted as a go-between in the talks, working alongside Cuba. The two mediators handed "
                     "a new proposal to the ELN on Monday.") == ["CUB", "NOR"]


def test_a_proposal_handed_to_an_armed_group_is_no_wrong() -> None:
    assert pairs("Egypt said Qatar had handed a new proposal to Hamas.") == []


def test_rebels_guided_by_a_state_are_tied_to_it() -> None:
    assert ties("The ministry said the rebels were guided by Rwanda.") == [{"RWA", "rebels"}]


def test_a_state_outlet_quoting_an_unnamed_source_speaks_for_its_state_a_wire_for_no_one() -> None:
    assert pairs("Libya's state news agency LANA quoted a military source as saying that Egyptian jets had bombed "
                 "targets near Derna.") == [("LBY", "EGY")]
    assert pairs("Reuters quoted a military source as saying that Egyptian jets had bombed targets near Derna.") == []


def test_the_warlord_after_a_named_warlord_is_that_person() -> None:
    assert pairs("Russian forces killed Chechen warlord Shamil Basayev on Monday. Russia said the warlord had planned "
                 "a terrorist attack.") == [("RUS", "shamil-basayev")]


def test_a_wrong_listed_after_a_colon_is_what_the_worry_is_about() -> None:
    assert pairs("Amnesty International is also worried about: severe violations committed by the United States army "
                 "outside its borders; the situation of prisoners.") == [("amnesty-international", "USA")]


def test_a_report_that_however_called_a_group_a_danger_charges_it() -> None:
    assert pairs('A 2006 US report, however, called al-Sadr\'s Mahdi Army a "most dangerous accelerant of sectarian '
                 'violence in Iraq."') == [("USA", "mahdi-army")]


def test_both_sides_of_contacts_named_before_accuse_each_other() -> None:
    assert pairs("Norway has facilitated contacts between Sri Lanka and the Liberation Tigers of Tamil Eelam since 2000. "
                 "Both sides have accused each other of breaching the truce.") == [("LKA", "ltte"), ("ltte", "LKA")]


def test_a_charge_joined_to_what_someone_had_is_the_sayers() -> None:
    assert pairs("Ecuadorean police arrested former vice president Jorge Glas. Ecuador's foreign ministry said Glas had "
                 "no right to asylum and accused Mexico of abusing the immunities of its diplomatic mission.") \
        == [("ECU", "MEX")]


def test_an_ousted_president_speaks_for_himself() -> None:
    assert pairs("Ousted Honduran president Manuel Zelaya accused the government of bombarding the building with "
                 "toxic gas.") == [("manuel-zelaya", "HND")]


def test_a_label_that_names_its_doer_charges_that_doer() -> None:
    assert pairs("Sara Duterte described the arrest as a kidnapping carried out by the Philippine government.") \
        == [("sara-duterte", "PHL")]


def test_representations_lodged_over_an_arms_package_protest_to_its_supplier() -> None:
    text = "China said it had lodged 'stern representations' with Washington over a $1.1 billion arms package for Taiwan."
    assert pairs(text) == [("CHN", "USA")]
    assert ties(text) == [{"TWN", "USA"}]


def test_held_to_account_in_a_report_is_a_charge() -> None:
    assert pairs("Ethiopia said the TPLF would be held to account for the attack.") == [("ETH", "tplf")]


def test_a_label_read_as_a_gerunds_object_is_still_the_label() -> None:
    assert pairs("Guyana's President Irfaan Ali called Venezuela's referendum on annexing the Essequibo region 'a "
                 "direct threat to our sovereignty'.") == [("GUY", "VEN")]


def test_a_sale_confirmed_by_the_sellers_own_officials_is_no_charge() -> None:
    text = "Turkey has sold armed Bayraktar TB2 drones to Ethiopia, according to two Turkish officials and an Ethiopian diplomat."
    assert pairs(text) == []
    assert ties(text) == [{"TUR", "ETH"}]


def test_reports_cited_while_urging_a_state_charge_its_troops() -> None:
    assert set(pairs("US Secretary of State Antony Blinken urged Eritrea on Tuesday to withdraw its troops from Tigray "
                     "immediately, citing credible reports that they had looted property and killed civilians.")) \
        == {("USA", "ERI")}


def test_a_group_once_backed_by_a_state_is_tied_to_it_no_more() -> None:
    assert ties("Renamo, once backed by Rhodesia and then, until the late 1980s, by South Africa's apartheid "
                "government, is to become a political party.") == []


def test_warships_from_four_states_that_begin_an_exercise_tie_them() -> None:
    assert ties("Warships from India, the United States, Japan and Australia began the second phase of the Malabar "
                "naval exercise in the northern Arabian Sea on Tuesday.") == [{"IND", "USA", "JPN", "AUS"}]


def test_troops_sent_into_a_state_to_fight_its_insurgents_back_its_government() -> None:
    assert ties("Rwanda has deployed 1,000 soldiers and police officers to Mozambique's Cabo Delgado province to help "
                "fight an Islamist insurgency, the Rwandan government said on Friday.") == [{"RWA", "MOZ"}]
    assert ties("Chad sent 2,000 troops to Mali to fight jihadist groups.") == [{"TCD", "MLI"}]
    assert ties("Russia sent troops to Ukraine to fight the Ukrainian army.") == []


def test_the_state_a_relative_clause_holds_responsible_is_the_one_it_describes() -> None:
    assert pairs("India wants to isolate Pakistan, which it holds responsible for the attack.") == [("IND", "PAK")]


def test_they_after_a_capital_tagged_as_a_person_still_takes_in_the_sides_before() -> None:
    # (a guard: the first version of the rule above read "they" past "Yerevan", tagged a person, and lost this pair)
    assert pairs("After Azerbaijani forces set up a checkpoint on the Lachin road, Yerevan said they had violated the "
                 "2020 ceasefire statement.") == [("ARM", "AZE")]


def test_hosting_the_two_sides_is_mediating() -> None:
    assert mediators("Qatar has hosted the two sides since April.") == ["QAT"]


def test_a_tribunal_at_a_court_rules_for_that_court() -> None:
    assert pairs("A tribunal at the Permanent Court of Arbitration ruled that China had violated the Philippines' "
                 "sovereign rights.") == [("permanent-court-of-arbitration", "CHN")]


def test_concern_at_a_decision_to_do_a_wrong_charges_its_owner() -> None:
    assert pairs("Amnesty International said it was deeply concerned by the Nicaraguan government's decision to strip "
                 "94 critics of their nationality.") == [("amnesty-international", "NIC")]
    assert pairs("The EU was disappointed by the Parliament's decision to delay the vote.") == []


def test_unnamed_militias_loyal_to_a_party_are_that_partys() -> None:
    assert pairs("The Movement for Democratic Change said that 86 of its supporters had been killed by militias loyal "
                 "to ZANU-PF.") == [("movement-for-democratic-change", "zanu-pf")]


def test_the_one_credited_with_brokering_mediates() -> None:
    assert mediators("The United Arab Emirates, whose crown prince received both leaders in Abu Dhabi in July, is widely "
                     "credited with brokering the rapprochement.") == ["ARE"]


def test_a_government_acting_as_co_mediator_mediates() -> None:
    assert mediators("Italy acted as co-mediator.") == ["ITA"]


def test_three_governments_that_turned_to_russia_for_support_are_each_tied_to_it() -> None:
    found = ties("The military leaders of Mali, Burkina Faso and Niger signed a treaty in Niamey on Saturday. All three "
                 "governments have expelled French troops and turned to Russia for military support.")
    assert {"MLI", "RUS"} in found and {"NER", "RUS"} in found and {"FRA", "RUS"} not in found


def test_a_delegation_led_by_someone_unknown_is_its_groups() -> None:
    assert pairs("Negotiators for the Colombian government and the Revolutionary Armed Forces of Colombia (FARC) resumed "
                 "talks in Havana on Monday. The FARC delegation, led by Ivan Marquez, replied in a statement that the "
                 "army had killed two of its fighters in Cauca.") == [("farc", "COL")]


def test_reports_in_quotes_cited_while_urging_a_state_charge_its_troops() -> None:
    assert pairs("US Secretary of State Antony Blinken urged Eritrea on Tuesday to withdraw its troops from Ethiopia's "
                 "Tigray region immediately, citing 'credible reports' that they had looted property, committed sexual "
                 "violence and killed civilians.") == [("USA", "ERI")]


def test_the_militarys_campaign_in_a_region_is_that_regions_states() -> None:
    assert pairs("Gambia filed a case at the ICJ accusing Myanmar of genocide. The UN said that the military's campaign "
                 "in Rakhine State was carried out with genocidal intent.") == [("GMB", "MMR"), ("un", "MMR")]


def test_the_panel_appointed_by_someone_is_the_panel_named_before() -> None:
    assert pairs("A UN panel of experts said Sri Lankan forces shelled hospitals. The panel, appointed by "
                 "Secretary-General Ban Ki-moon, also found that the Tamil Tigers had used civilians as a human "
                 "buffer.") == [("un-panel-of-experts", "LKA"), ("un-panel-of-experts", "ltte")]


def test_a_measure_said_to_answer_support_for_rebels_charges_the_supporter() -> None:
    assert pairs("Congo said the expulsion of Rwanda's ambassador was a response to Kigali's continued support for the "
                 "M23 rebels.") == [("COD", "RWA")]
    assert pairs("The minister said the new budget was a response to the crisis.") == []


def test_the_junta_is_no_rebel_alliance_named_before() -> None:
    assert pairs("The Three Brotherhood Alliance, made up of the Arakan Army, the Myanmar National Democratic Alliance "
                 "Army and the Ta'ang National Liberation Army, launched coordinated attacks on army posts on Friday. "
                 "The junta's spokesman accused the United States of arming the rebels.") == []


def test_a_prime_minister_with_no_state_acting_beside_a_states_act_is_that_states() -> None:
    assert pairs("Lithuania closed its border with Belarus, with Prime Minister Inga Ruginiene calling it a hybrid attack "
                 "by the Lukashenko regime.") == [("LTU", "BLR")]


def test_holding_a_state_responsible_with_no_for_is_still_a_charge() -> None:
    assert pairs("The Netherlands and Australia said they held Moscow responsible.") == [("NLD", "RUS"), ("AUS", "RUS")]


def test_saying_the_other_side_staged_the_incident_charges_it() -> None:
    assert pairs("Britain accused Russia of poisoning Skripal. The Russian embassy in London said that the British "
                 "security services had staged the whole incident.") == [("GBR", "RUS"), ("RUS", "GBR")]
    assert pairs("The opposition staged a protest in the capital, police said.") == []


def test_living_under_a_states_protection_ties_the_group_to_it() -> None:
    assert ties("Afghan President Hamid Karzai said Taliban leaders were living freely in Quetta under the protection "
                "of Pakistan's intelligence service.") == [{"PAK", "taliban"}]


def test_a_name_read_as_a_compound_of_a_reported_verb_is_its_subject() -> None:
    assert pairs("Afghanistan said Pakistan shelters the Taliban.") == [("AFG", "PAK")]


def test_naming_a_group_as_the_likely_culprit_charges_it() -> None:
    assert pairs("US officials named Kataib Hezbollah as the most likely culprit.") == [("USA", "kataib-hezbollah")]


def test_two_states_aircraft_that_carry_out_attacks_together_are_tied() -> None:
    assert ties("The watchdog said Syrian and Russian aircraft had carried out the attacks.") == [{"SYR", "RUS"}]
    assert ties("Indian and Pakistani troops exchanged fire across the Line of Control.") == []
    assert ties("Indian and Pakistani soldiers died in the avalanche.") == []
    assert ties('Tokyo lodged a protest over what it called an "unprecedented" incursion by a Chinese military aircraft '
                'into Japanese airspace off Nagasaki.') == []


def test_instructors_brought_in_from_a_state_to_train_the_army_tie_it_to_the_taker() -> None:
    assert ties("Mali's transitional government has brought in instructors from Russia to train its army.") \
        == [{"RUS", "MLI"}]
    assert ties("Mali has hired Russian instructors to train its army.") == [{"RUS", "MLI"}]


def test_one_appointed_chief_facilitator_of_negotiations_mediates() -> None:
    assert mediators("Nelson Mandela was appointed chief facilitator of the Burundi negotiations.") == ["nelson-mandela"]
    assert mediators("The minister was appointed chief of staff.") == []


def test_an_actor_set_beside_a_named_one_between_commas_acts_with_it() -> None:
    assert pairs("The US accused Russia, along with Iran, of arming the militia.") == [("USA", "RUS"), ("USA", "IRN")]
    assert pairs("Russia, together with Iran, has been arming the militia, the State Department said.") \
        == [("USA", "RUS"), ("USA", "IRN")]


def test_saying_a_state_has_links_with_fighters_charges_it() -> None:
    assert pairs("India said Pakistan had close links with Lashkar-e-Taiba.") == [("IND", "PAK")]
    assert pairs("The US said Iran maintained ties with al-Qaeda.") == [("USA", "IRN")]
    assert pairs("Russia said it had good relations with Hamas.") == []


def test_keeping_the_truth_from_view_is_a_wrong() -> None:
    assert pairs('"The British government wants to bury the truth about the war behind closed doors," said Nick Clegg, '
                 "the leader of the Liberal Democrats.") == [("liberal-democrats", "GBR")]
    assert pairs("The opposition said the Kenyan government was trying to hide the truth about the killings.") \
        == [("opposition", "KEN")]


def test_a_person_named_beside_an_office_of_no_state_is_that_person() -> None:
    assert pairs("Bolivian prosecutors charged the former mayor of Cochabamba, Manfred Reyes Villa, with corruption.") \
        == [("BOL", "reyes-villa")]


def test_an_actor_a_reported_clause_names_in_passing_is_charged_with_what_its_relative_says_it_did() -> None:
    assert pairs("Uganda said it had attacked positions of the Allied Democratic Forces, which had killed ten "
                 "civilians.") == [("UGA", "adf")]
    assert pairs("Mexico's attorney general's office says the police handed them over to the Guerreros Unidos drug "
                 "gang, which killed them and burned their bodies.") == [("MEX", "guerreros-unidos")] * 2  # two acts


def test_a_name_before_a_kind_of_gang_is_a_group() -> None:
    assert pairs("Peru said the Los Injertos crime gang had killed three police officers.") == [("PER", "los-injertos")]


def test_being_held_on_suspicion_is_an_arrest() -> None:
    assert pairs("British police held Andy Coulson on suspicion of corruption.") == [("GBR", "andy-coulson")]
    assert pairs("The two sides held talks on the charge.") == []


def test_a_body_named_for_its_purpose_keeps_its_whole_name() -> None:
    reading = read("The Commission to Inquire into Child Abuse accused Ireland of ignoring the abuse.")
    assert [(reading.inventory.name_of(a.accuser), a.accused) for a in reading.accusations] \
        == [("Commission to Inquire into Child Abuse", "IRL")]


def test_an_election_falling_short_of_standards_charges_the_state_that_held_it() -> None:
    assert pairs("The OSCE said the election in Belarus had fallen short of international standards.") \
        == [("osce", "BLR")]


def test_a_label_on_someone_elses_accusation_answers_it_and_charges_no_one() -> None:
    assert pairs("Russia accused Ukraine of shelling the plant. Kyiv branded the accusation a lie.") == [("RUS", "UKR")]
    assert pairs("Iran called the US sanctions economic terrorism.") == [("IRN", "USA")]


def test_people_a_states_word_says_where_they_come_from_are_not_that_state() -> None:
    assert ties("Rwanda has recruited and trained Burundian refugees with the aim of overthrowing President Pierre "
                "Nkurunziza.") == []


def test_those_who_recognised_a_state_before_are_not_tied_to_the_recogniser() -> None:
    assert ties("The UAE becomes only the third Arab country to recognise Israel, after Egypt in 1979 and Jordan in "
                "1994.") == [{"ARE", "ISR"}]


def test_what_one_warned_of_an_attack_failed_to_do_charges_it() -> None:
    assert pairs("Nigeria's military was warned about the attack on a girls' school in Chibok hours before it "
                 "happened, but failed to send troops, Amnesty International said on Friday.") \
        == [("amnesty-international", "NGA")]


def test_the_victim_of_an_act_is_not_its_doer() -> None:
    assert pairs("Turkey said Saudi agents killed the journalist Jamal Khashoggi in Istanbul. Agnes Callamard, the UN "
                 "special rapporteur, said Khashoggi was the victim of a deliberate and planned execution for which "
                 "the state of Saudi Arabia is responsible.") == [("TUR", "SAU"), ("un", "SAU")]


def test_a_person_named_of_a_group_speaks_for_it_later_by_surname_too() -> None:
    assert pairs('"The Irish government covered up for these men," said John Kelly of Amnesty International. Kelly '
                 "also criticised Ireland for a 2002 deal that limited compensation.") \
        == [("amnesty-international", "IRL")] * 2  # the quote and the criticism
    assert pairs("Margaret Aspinall, chair of the Hillsborough Family Support Group, spoke first. Aspinall said South "
                 "Yorkshire Police had lied for 23 years.") \
        == [("hillsborough-family-support-group", "south-yorkshire-police")]
    reading = read('"This was an investment of prestige," said Daniel Levy of the New America Foundation. Levy praised '
                   "the commitments made by Israel and Palestine.")
    assert [m.text for m in reading.inventory.mentions if m.actor == "new-america-foundation"] \
        == ["New America Foundation"]  # an analyst comments, he speaks for no side


def test_a_state_listed_with_its_acronym_in_brackets_is_one_of_the_list() -> None:
    assert pairs("Saudi Arabia, the United Arab Emirates (UAE), Bahrain and Egypt cut their diplomatic relations with "
                 "Qatar on Monday, accusing the small Gulf state of supporting terrorism.") \
        == [("SAU", "QAT"), ("ARE", "QAT"), ("BHR", "QAT"), ("EGY", "QAT")]


def test_travelling_in_an_attempt_to_mediate_mediates() -> None:
    assert mediators("Kuwait's emir travelled to Riyadh and Doha in an attempt to mediate between the neighbours.") \
        == ["KWT"]


def test_a_campaign_is_a_wrong_only_by_what_it_is_of() -> None:
    assert pairs("Canada said the Conservatives had run a clean and ethical campaign.") == []
    assert pairs("Turkey said Russia had launched a military campaign in Syria.") == [("TUR", "RUS")]


def test_starting_a_war_is_a_wrong() -> None:
    assert pairs('"Israel started this war when it murdered our commander," the Hamas leader Khaled Meshaal said.') \
        == [("hamas", "ISR")]
    assert pairs("Russia said Ukraine had provoked the conflict.") == [("RUS", "UKR")]


def test_an_armed_group_joining_another_is_tied_to_it() -> None:
    assert ties("Boko Haram joined the Islamic State in 2015.") == [{"boko-haram", "islamic-state"}]


def test_acting_as_part_of_a_mission_ties_the_actor_to_it() -> None:
    assert ties("Kenyan troops have fought al-Shabaab in southern Somalia since 2011 as part of the African Union "
                "Mission in Somalia (AMISOM).") == [{"KEN", "amisom"}]
    assert ties("The minister spoke as part of a delegation.") == []


def test_fighting_alongside_units_loyal_to_someone_ties_the_fighters_to_him() -> None:
    assert ties("The Houthis are fighting alongside army units that remain loyal to the former president Ali "
                "Abdullah Saleh.") == [{"houthis", "ali-abdullah-saleh"}]


def test_a_sum_given_in_aid_ties_each_giver_to_the_taker() -> None:
    assert ties("Saudi Arabia and the United Arab Emirates have pledged three billion dollars in aid to Sudan.") \
        == [{"SAU", "SDN"}, {"ARE", "SDN"}]
    assert ties("Russia sent aid to Myanmar's junta.") == [{"RUS", "MMR"}]


def test_flying_in_to_restart_negotiations_mediates() -> None:
    assert mediators("Ethiopia's prime minister Abiy Ahmed flew to Khartoum to restart negotiations between the army "
                     "and the protesters.") == ["ETH"]


def test_he_after_a_charge_is_the_person_charged_not_his_group() -> None:
    assert pairs("Russian officials blamed Chechen rebel commander Shamil Basayev for the seizure of the school in "
                 "Beslan and said he had links to al-Qaeda.") == [("RUS", "shamil-basayev")] * 2


def test_a_named_panel_of_inquiry_is_a_side_of_its_own() -> None:
    assert pairs("The Bloody Sunday Independent Panel found that British soldiers had shot unarmed marchers.") \
        == [("bloody-sunday-independent-panel", "GBR")]


def test_a_judge_in_a_city_named_by_its_description_is_the_city_state_s() -> None:
    assert pairs("A federal judge in the southern city of Curitiba sentenced former president Luiz Inácio Lula da "
                 "Silva to nine years in prison for corruption.") == [("BRA", "luiz-inacio-lula-da-silva")]


def test_a_title_word_of_another_phrase_does_not_make_a_leader_a_private_person() -> None:
    text = ("Riot police detained hundreds of opposition supporters after President Alexander Lukashenko won the "
            "vote. Lukashenko said the protesters had tried to storm the government headquarters.")
    assert {m.actor for m in read(text).inventory.mentions if "Lukashenko" in m.text} == {"BLR"}
    ousted = "Hun Sen appointed Thailand's ousted prime minister Thaksin Shinawatra as an economic adviser."
    assert {m.actor for m in read(ousted).inventory.mentions if "Thaksin" in m.text} == {"thaksin-shinawatra"}


def test_those_arrested_are_not_who_arrested_them() -> None:
    assert pairs("Riot police in La Paz beat and detained hundreds of protesters overnight. Among those arrested was "
                 "Juan Mamani, one of the candidates, who was dragged from a car. The United States condemned the "
                 "arrests and the violence against peaceful protesters.") == [("USA", "BOL")]


def test_a_demand_to_free_people_held_charges_whoever_holds_them() -> None:
    text = ("Iranian guards detained two British sailors in the Gulf. Iran said the sailors had entered its waters. "
            "Britain demanded the release of the detained sailors.")
    assert ("GBR", "IRN") in pairs(text)
    assert pairs("Iran held a vote in Iran on Friday. The opposition demanded the release of the results.") == []
    assert pairs("Iran detained a reporter in Iran. A colleague told reporters that he had been released a year "
                 "ago.") == []


def test_an_accusation_after_a_report_s_clause_is_the_reporter_s() -> None:
    assert pairs("Ethiopian troops killed hundreds of civilians in Ethiopia. Ethiopia denied it. Human Rights Watch "
                 "said in a report that the killings were so extensive and unjustified that they amounted to a "
                 "massacre, and accused the authorities of covering up the scale of the bloodshed.") \
        == [("human-rights-watch", "ETH")]


def test_her_after_a_person_acted_on_is_that_person() -> None:
    assert pairs("Police in Russia detained the journalist Svetlana Prokopyeva. Russia charged her with justifying "
                 "terrorism.") == [("RUS", "svetlana-prokopyeva")]


def test_calling_a_case_a_wrong_charges_the_state_that_brought_it() -> None:
    assert ("amnesty-international", "RUS") in pairs(
        "A court in Moscow jailed the blogger Ivan Petrov for extremism. Russia denies he is a political prisoner. "
        "Amnesty International called the case a blatant attack on free speech.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The talks are mediated by the Organization for Security and Co-operation in Europe, Russia and Ukraine, with "
     "the United States taking part as an observer.", ["RUS", "UKR", "osce"]),
    ("Moldova and Transnistria held talks on Monday. Austria hosted the meeting in Vienna.", ["AUT"]),
    ("Pierre Morel, the European Union's special envoy, and Russian Deputy Foreign Minister Grigory Karasin "
     "co-chaired the talks.", ["RUS", "eu"]),
    # a known foreign minister given another body's title in apposition speaks for that body
    ("Carl Bildt, the European Union's special envoy, chaired the talks between Serbia and Kosovo.", ["eu"]),
    ("German Chancellor Angela Merkel, whose country holds the presidency of the European Union, brokered a "
     "ceasefire between Russia and Georgia on the bloc's behalf.", ["DEU", "eu"]),
    ("The talks were brokered by the foreign ministers of Brazil and Peru on behalf of the Union of South American "
     "Nations (UNASUR).", ["BRA", "PER", "unasur"]),
])
def test_mediators_in_lists_meetings_and_on_behalf(text, expected) -> None:
    assert mediators(text) == expected


def test_the_government_s_allies_are_the_article_state_s_not_their_own() -> None:
    assert ties("Venezuela held a vote on Sunday. Venezuela says it won. Cuba and Nicaragua remain the government's "
                "staunchest allies.") == [{"CUB", "VEN"}, {"NIC", "VEN"}]
    assert ties("Cambodia arrested the opposition leader. Cambodia says he plotted a coup. China said it supported "
                "the government's efforts to protect national security.") == [{"CHN", "KHM"}]


def test_the_commander_rebels_are_led_by_speaks_for_no_state() -> None:
    assert pairs("Russian officials blamed the blasts on Chechen rebels led by the field commander Shamil Basayev. "
                 "Basayev denied any role. He has in turn accused the Russian security services of staging the "
                 "bombings.") == [("RUS", "chechen-rebels"), ("shamil-basayev", "RUS")]


def test_a_known_leader_given_another_body_s_office_in_apposition_speaks_for_that_body() -> None:
    text = ("Mahmoud Abbas, president of the Palestinian Authority (PA), said he held Israel responsible for the "
            "killing.")
    assert {m.actor for m in read(text).inventory.mentions if "Abbas" in m.text} == {"palestinian-authority"}


def test_a_wrong_an_audit_found_charges_the_one_it_names_as_doing_it() -> None:
    assert pairs("An audit by the Organization of American States found clear manipulation of the voting systems by "
                 "Bolivia's electoral authorities.") == [("oas", "BOL")]
    assert pairs("Israeli troops found weapons in a hospital in Gaza.") == []


def test_the_people_named_as_included_in_a_plural_are_sides_too() -> None:
    assert ("USA", "jho-low") in pairs(
        "Malaysia's fund lost billions. The US Justice Department alleges that about $4.5 billion was stolen from the "
        "fund by high-level officials and their associates, including the Malaysian financier Jho Low.")
    assert pairs("Forty African leaders, including the former UN chief Kofi Annan, criticised the government of "
                 "Zimbabwe in an open letter, demanding an end to violence.") == []


def test_handing_someone_over_to_face_charges_is_done_for_the_one_who_asks() -> None:
    assert pairs("Chile extradited Alberto Fujimori to Peru to face charges of corruption.") \
        == [("PER", "alberto-fujimori")]


def test_a_coalition_s_name_in_apposition_is_the_coalition_not_its_ally() -> None:
    assert ties("Venezuela held a vote. The opposition coalition, the Democratic Unity Roundtable, said the vote "
                "was a fraud.") == []
    assert ties("Russia's military alliance, the Collective Security Treaty Organization, sent troops.") \
        == [{"RUS", "csto"}]


def test_the_officers_a_finder_faults_are_another_s_not_its_own() -> None:
    assert pairs("Chile's national police force faced criticism after the UN human rights office found that its "
                 "officers had committed serious human rights violations.") == [("un-human-rights-office", "CHL")]
    assert pairs("Serbia protested after Human Rights Watch said its police had tortured detainees.") \
        == [("human-rights-watch", "SRB")]
    assert pairs("The electoral commission admitted that its officials had falsified results in three provinces.") == []


def test_a_name_with_a_particle_the_tagger_calls_a_body_is_a_person_s() -> None:
    assert pairs("Philippine police arrested Leila de Lima on charges of treason.") == [("PHL", "leila-de-lima")]


def test_a_court_s_formal_charge_against_a_state_official_charges_the_person() -> None:
    assert pairs("A court in Manila accused Senator Leila de Lima of taking bribes.") == [("PHL", "leila-de-lima")]


def test_a_charged_pronoun_is_the_person_described_not_the_one_named_in_the_description() -> None:
    assert pairs("Philippine police arrested Senator Leila de Lima, a critic of President Rodrigo Duterte, on "
                 "Friday, a day after a court issued a warrant accusing her of taking money from drug lords.") \
        == [("PHL", "leila-de-lima")]


def test_it_in_a_clause_after_a_passive_is_the_passive_s_doer() -> None:
    assert pairs("Soldiers detained former prime minister Yingluck Shinawatra in Bangkok. Shinawatra had been "
                 "removed from office by the Constitutional Court, after it found her guilty of abusing her power.") \
        == [("constitutional-court", "yingluck-shinawatra")]


def test_a_victim_s_nationality_does_not_set_the_story_in_their_country() -> None:
    assert pairs("Thai troops stormed the protest camp in central Bangkok on Wednesday. At least 15 people were "
                 "killed, including an Italian photographer. Prime Minister Abhisit Vejjajiva accused the United "
                 "Front for Democracy Against Dictatorship of terrorism.") \
        == [("abhisit-vejjajiva", "united-front-for-democracy-against-dictatorship")]  # (a leader against a
    # domestic side: the person), not Italy's prime minister


def test_aid_the_parser_reads_as_cut_by_an_adjective_is_withheld_not_given() -> None:
    assert ties("Britain, Norway and the Netherlands have each cut aid to Uganda, citing concern over the "
                "treatment of the opposition.") == []


def test_forces_sent_to_help_defend_a_state_back_it() -> None:
    assert ties("Britain said it would send Tornado aircraft to help defend Saudi Arabia.") == [{"GBR", "SAU"}]


def test_a_president_troops_overthrew_no_longer_speaks_for_the_state() -> None:
    assert pairs("Mali's army overthrew President Amadou Toumani Toure. The junta accused Toure of corruption.") \
        == [("MLI", "amadou-toumani-toure")]
    assert pairs("Mutinous troops led by Captain Amadou Sanogo overthrew President Amadou Toumani Toure in Mali. "
                 "Mali's junta accuses Toure of failing to equip the army.") == [("MLI", "amadou-toumani-toure")]


def test_a_group_named_again_by_the_last_word_of_its_name_is_the_same_group() -> None:
    assert pairs("Egypt's army removed the president. The Muslim Brotherhood called it a massacre. The government "
                 "accused the Brotherhood of stockpiling weapons.") == [("muslim-brotherhood", "EGY"),
                                                                        ("EGY", "muslim-brotherhood")]


def test_a_party_leader_an_anti_graft_body_alleges_stole_is_charged_as_the_person() -> None:
    assert pairs("Indonesia's Corruption Eradication Commission detained Setya Novanto, who heads the Golkar party, "
                 "on Sunday. The commission alleges that Novanto conspired to steal 2.3 trillion rupiah from a "
                 "project.") == [("IDN", "setya-novanto")]


def test_militant_groups_from_a_state_are_not_that_state() -> None:
    assert ties("Militant groups from Somalia said that they would send fighters to help aid al-Qaeda in Yemen.") == []


def test_an_acronym_of_a_group_named_in_full_before_is_that_group_not_another_s_spelt_otherwise() -> None:
    assert ties("The Justice and Equality Movement attacked Khartoum. Sudan accuses neighbouring Chad of arming "
                "the JEM, whose fighters reached the outskirts of Khartoum last May.") == [{"TCD", "jem"}]


def test_the_body_whose_embargo_is_breached_is_not_sent_the_arms() -> None:
    assert ties("Eritrea sent arms to the Islamic Courts Union in breach of a UN arms embargo.") \
        == [{"ERI", "islamic-courts-union"}]
    assert ties("Eritrea sent about 2,000 troops and shipments of arms to the Islamists in breach of a UN arms "
                "embargo.") == []


def test_monitors_who_oversee_a_truce_mediate_nothing() -> None:
    assert mediators("A team of Nordic monitors, the Sri Lanka Monitoring Mission, will oversee the truce.") == []
    assert mediators("Norway oversaw the talks between the government and the rebels.") == ["NOR"]


def test_an_envoy_whose_sender_is_named_before_the_comma_speaks_for_it() -> None:
    assert mediators("The agreement was drawn up with the help of Norway, whose special envoy Erik Solheim has "
                     "carried proposals between Colombo and the rebels.") == ["NOR"]


def test_a_deed_done_in_protest_at_another_s_wrong_charges_its_doer() -> None:
    assert pairs("Zimbabwe's police beat opposition supporters in Harare on Monday. President Robert Mugabe said the "
                 "vote would go ahead. Neighbouring Botswana said it would send no one to Mugabe's inauguration, in "
                 "protest at the government's attacks on opposition supporters.") == [("BWA", "ZWE")]
    assert pairs("Students marched in protest at the new fees.") == []


def test_a_titled_speaker_is_not_of_the_state_their_report_speaks_of() -> None:
    reading = read("India recalled its envoy. The attack was the work of Lashkar-e-Taiba acting with the backing of "
                   "Pakistan's spy agency, Home Minister L.K. Advani told parliament.")
    assert reading.inventory.persons["L.K. Advani"] == "IND"
    reading = read("Kuwait stopped visas for Filipinos. The Philippine Department of Migrant Workers said the embassy "
                   "had acted within its rights. Migrant Workers Secretary Eduardo de Leon went further, telling "
                   "reporters in Manila that Kuwait had failed to bring to justice the employers of five workers.")
    assert reading.inventory.persons["Eduardo de Leon"] == "PHL"
    reading = read("Turkey shelled the town. Israel will supply drones to Azerbaijan, Defence Minister Avi Dror said.")
    assert reading.inventory.persons["Avi Dror"] == "ISR"


def test_a_title_naming_no_state_is_the_office_of_the_state_its_named_holder_speaks_for() -> None:
    assert pairs("QUITO — Ecuador expelled Colombia's ambassador on Sunday and sent Ecuadorean troops to its border, "
                 "as Ecuador's president, Rafael Correa, called the raid a massacre. Colombian police chief Óscar "
                 "Naranjo defended the raid. The national police chief, Gen. Óscar Naranjo, told reporters that "
                 "Venezuela's president, Hugo Chávez, had offered the FARC $300 million.") == [("COL", "VEN")]


def test_a_titled_name_beside_the_government_s_delegation_speaks_for_the_home_state() -> None:
    assert pairs("Sri Lanka's government and the Liberation Tigers of Tamil Eelam ended two days of talks near Geneva "
                 "on Thursday. Sri Lankan troops and the rebels have clashed in the east. Norway, which brokered the "
                 "talks, said both sides had agreed to meet again. During the talks, the head of the government "
                 "delegation, Health Minister Nimal Siripala de Silva, accused the rebels of killing more than 70 "
                 "soldiers.") == [("LKA", "ltte")]


def test_a_court_whose_words_a_longer_name_took_is_no_court_the_judge_sits_on() -> None:
    """It used to crash the reading: the court was dropped with the names no mention kept."""
    assert pairs("Munir A. Malik, president of the Supreme Court Bar Association, backed the chief justice. President "
                 "Pervez Musharraf removed the judge on March 9, citing complaints of misconduct.") == []
    assert pairs("President Pervez Musharraf removed the judge on March 9. Munir A. Malik, president of the Supreme "
                 "Court Bar Association, said the government was trying to silence the judiciary.") \
        == [("supreme-court-bar-association", "PAK")]


def test_a_state_s_own_news_agency_named_by_its_known_form_is_the_state() -> None:
    assert pairs("North Korea fired a missile over Japan. The official KCNA news agency accused the United States "
                 "of driving the peninsula to the brink of war.") == [("PRK", "USA")]


def test_the_seat_of_a_gone_state_named_as_a_side_is_that_state_when_no_successor_is_named() -> None:
    assert pairs("NATO aircraft struck targets across Yugoslavia for a second night. Belgrade accused NATO of "
                 "killing civilians.") == [("YUG", "nato")]
    assert pairs("Kosovo declared independence from Serbia. Belgrade accused the United States of breaking "
                 "international law.") == [("SRB", "USA")]


def test_a_participle_after_a_contact_relative_clause_is_the_main_clause_subject_s() -> None:
    assert set(pairs("Sviatlana Tsikhanouskaya left for Lithuania after the election in Belarus. The "
                     "authorities in Minsk have opened a criminal case against her and the Coordination Council she "
                     "set up, accusing them of trying to seize power.")) \
        >= {("BLR", "coordination-council"), ("BLR", "sviatlana-tsikhanouskaya")}


def test_an_office_said_to_be_where_a_state_is_is_that_state_s() -> None:
    assert pairs("Canada arrested a Huawei executive. Meng Wanzhou was arrested in Vancouver at the request of the "
                 "United States, where prosecutors accuse her of misleading banks.") == [("USA", "meng-wanzhou")]


def test_a_state_s_office_for_a_place_it_claims_speaks_for_the_state() -> None:
    assert pairs("China sent jets near Taiwan. The Taiwan Affairs Office accused the Democratic Progressive Party "
                 "of seeking independence.") == [("CHN", "democratic-progressive-party")]


def test_support_in_money_and_weapons_and_recognition_by_a_relative_clause_tie_their_sides() -> None:
    assert ties("Armenia fought Azerbaijan. The rebels, who depend on Yerevan for money and weapons, said 500 "
                "fighters had been killed.") == [{"rebels", "ARM"}]
    assert ties("Control passed to Juan Guaido, whom Washington recognised as the country's interim "
                "president.") == [{"USA", "juan-guaido"}]


def test_names_listed_after_a_long_name_act_with_it() -> None:
    assert mediators("The talks take place in the 5+2 format, in which the Organization for Security and "
                     "Co-operation in Europe, Russia and Ukraine act as mediators.") == ["RUS", "UKR", "osce"]


def test_a_court_known_by_its_name_is_the_one_a_description_of_an_owner_s_court_means() -> None:
    assert pairs("The European Union's top court ordered Poland to pay a fine of one million euros a day for "
                 "failing to suspend a disciplinary chamber. The Court of Justice of the European Union ruled in "
                 "July that the chamber of the Supreme Court in Warsaw must stop work.") \
        == [("court-of-justice-of-the-european-union", "POL")]


def test_arms_sold_to_a_pronoun_and_protection_given_to_her_tie_giver_and_taker() -> None:
    assert ties("Venezuela was hit by sanctions. Russia, which has lent Caracas billions of dollars and sold it "
                "fighter jets, called the sanctions illegal.") == [{"RUS", "VEN"}]
    assert ties("Sviatlana Tsikhanouskaya left Belarus. Lithuania has given her protection.") \
        == [{"LTU", "sviatlana-tsikhanouskaya"}]
    assert ties("Ankara sold Bayraktar TB2 drones to Kyiv from 2019 onward.") == [{"TUR", "UKR"}]


def test_its_after_a_passive_s_doer_is_that_doer_when_a_state_s_office_follows() -> None:
    assert pairs("A tribunal at the Permanent Court of Arbitration ruled that China had no legal basis for its "
                 "claims. The case was brought by Manila in 2013, after its coast guard said Chinese vessels had "
                 "blocked Filipino fishermen from Scarborough Shoal.") == [("PHL", "CHN")]


def test_a_bloc_and_states_acting_together_are_tied_but_not_the_un_reporting_beside_officials() -> None:
    assert {frozenset(t) for t in ties("The European Union, Britain and Canada imposed coordinated sanctions on "
                                       "Chinese officials they accuse of mass detentions.")} \
        == {frozenset({"eu", "GBR", "CAN"})}
    assert ties("Militants killed 38 people at a church in the Democratic Republic of Congo, local officials and the "
                "United Nations said, blaming the Allied Democratic Forces.") == []


def test_a_coalition_partner_named_after_a_comma_and_a_party_that_governs_in_coalition_are_tied() -> None:
    assert ties("The Social Democrats met their coalition partners, the Christian Democratic Union, on Monday.") \
        == [{"social-democrats", "christian-democratic-union"}]
    assert ties("Fico's Smer party governs in a coalition with the nationalist Slovak National Party and the "
                "centre-left Hlas.") == [{"smer", "slovak-national-party", "hlas"}]


def test_a_land_grab_and_intimidation_are_labels_that_charge() -> None:
    assert accusations("The United States called Russia's annexation of Crimea \"a land grab\".") \
        == [("USA", "RUS", "Russia's annexation of Crimea \"a land grab\"")]
    assert pairs("Vietnam described China's actions in the South China Sea as intimidation.") == [("VNM", "CHN")]


def test_an_act_summed_up_after_a_comma_by_in_an_incident_or_in_a_move_is_the_labeller_s_charge() -> None:
    assert accusations("Iran's police detained two German diplomats on Tuesday, in an incident Berlin called "
                       "\"outrageous\".") == [("DEU", "IRN", "detained two German diplomats on Tuesday")]
    assert pairs("Serbia closed its border crossings with Kosovo, in a move Pristina called a provocation.") \
        == [("XKX", "SRB")]
    assert pairs("Iran detained two German diplomats, in an incident Berlin called a misunderstanding.") == []


def test_in_protest_at_what_it_called_a_wrong_charges_its_doer() -> None:
    assert accusations("The ODM boycotted the vote in protest at what it called intimidation by the Jubilee "
                       "Party.") == [("odm", "jubilee-party", "intimidation")]
    assert pairs("Opposition lawmakers walked out of parliament in protest against what they described as "
                 "harassment by Kenyan police.") == [("opposition", "KEN")]
    assert pairs("The ODM boycotted the vote in protest at the arrest of its leader.") == []


def test_people_from_several_named_organisations_speak_for_each() -> None:
    assert pairs("Executives from Reuters, the BBC and CNN sent a letter to the government of Israel condemning its "
                 "decision to bar foreign journalists from Gaza.") \
        == [("reuters", "ISR"), ("bbc", "ISR"), ("cnn", "ISR")]


def test_who_guarantees_a_truce_mediates_but_not_who_guarantees_safety() -> None:
    assert mediators("The ceasefire was guaranteed by Russia and Turkey.") == ["RUS", "TUR"]
    assert mediators("The deal, guaranteed by Egypt and Qatar, ended the fighting in Gaza.") == ["EGY", "QAT"]
    assert mediators("Russia guaranteed the safety of the monitors.") == []


def test_tore_into_and_laid_into_aim_words_at_their_object() -> None:
    assert accusations("President Erdogan tore into Greece over its treatment of migrants.") \
        == [("TUR", "GRC", "its treatment of migrants")]
    assert pairs("Hungary's prime minister laid into Kyiv for restricting Hungarian schools.") == [("HUN", "UKR")]
    assert pairs("Protesters in Athens tore a Turkish flag into pieces.") == []


def test_a_report_called_biased_charges_its_maker() -> None:
    assert accusations("Israel called Amnesty International's report biased.") \
        == [("ISR", "amnesty-international", "Amnesty International's report biased")]
    assert pairs("Russia called for an unbiased investigation into the crash.") == []


def test_officials_who_are_convinced_a_group_did_a_wrong_charge_it() -> None:
    assert accusations("Turkish officials are convinced the PKK carried out the Istanbul bombing.") \
        == [("TUR", "pkk", "carried out the Istanbul bombing")]


def test_a_charge_that_names_its_maker_stands_when_another_does_not_answer_it() -> None:
    assert accusations("Moscow did not respond to Kyiv's charge that Russian jets had bombed a market.") \
        == [("UKR", "RUS", "Russian jets had bombed a market")]
    assert pairs("There was no immediate response from Moscow to Kyiv's charge that Russian jets had bombed a "
                 "market.") == [("UKR", "RUS")]
    assert pairs("Kyiv did not make any accusation against Moscow.") == []


def test_arms_handed_over_with_no_taker_named_go_to_the_one_the_article_just_armed() -> None:
    assert ties("Germany announced that it would supply Ukraine with anti-aircraft guns. Britain has already "
                "delivered thousands of NLAW anti-tank missiles.") == [{"DEU", "UKR"}, {"GBR", "UKR"}]
    assert ties("The United States delivered Abrams tanks to Ukraine. Russia has moved its own tanks to the "
                "front.") == [{"USA", "UKR"}]
    assert ties("Iran has supplied Shahed drones to Russia. Turkey has sent armed drones to back the Government of "
                "National Accord.") == [{"IRN", "RUS"}, {"TUR", "gna"}]


def test_a_state_that_refuses_to_let_weapons_through_is_no_backer() -> None:
    assert ties("Hungary has refused to let weapons bound for Ukraine cross its territory, saying it wants to stay "
                "out of the war.") == []


def test_a_nerve_agent_is_a_poison_not_a_state_s_agent() -> None:
    assert pairs("Britain and France said there was no plausible explanation other than Russian responsibility for "
                 "the nerve agent attack in Salisbury. Britain expelled 23 Russian diplomats. Moscow responded by "
                 "expelling 23 British diplomats and closing the British Council's offices in Russia.") \
        == [("GBR", "RUS"), ("FRA", "RUS")]


def test_regions_of_named_places_recognised_tie_each_and_whose_country_is_the_leader_s() -> None:
    assert ties("Russia formally recognised Georgia's breakaway regions of Abkhazia and South Ossetia as "
                "independent states on Tuesday.") == [{"RUS", "abkhazia"}, {"RUS", "south-ossetia"}]
    assert ties("Belarusian President Alexander Lukashenko hosted the talks in Minsk. Lukashenko, whose country "
                "is Moscow's closest ally, said Minsk stood ready to host further rounds.") == [{"BLR", "RUS"}]


def test_weight_thrown_behind_a_leader_and_forces_under_another_s_command_are_ties() -> None:
    assert ties("Russia, which threw its weight behind Viktor Yanukovych in December, accused the European Union "
                "of encouraging a coup.") == [{"RUS", "viktor-yanukovych"}]
    assert ties("Australia and Poland have each committed special forces to serve under American command.") \
        == [{"AUS", "USA"}, {"POL", "USA"}]
    assert ties("Bangladeshi troops serve under UN command in Mali.") == []
    assert ties("Mexico's President Vicente Fox had thrown the whole weight of the state behind Felipe Calderon.") \
        == []


def test_a_resolution_that_condemns_is_its_adopter_s_charge() -> None:
    assert accusations("The UN Security Council passed a resolution that strongly condemns the Israeli attack as a "
                       "clear violation of the UN Charter.") == [("unsc", "ISR", "the Israeli attack")]
    assert pairs("Russia vetoed a resolution that condemned its annexation of Crimea.") == []


def test_an_acronym_followed_by_what_it_is_is_named_by_the_acronym() -> None:
    assert ties("Brazil's CGT union federation threw its weight behind Lula's Workers' Party.") \
        == [{"cgt", "workers-party"}]
    assert ties("Brazil's CUT union federation threw its weight behind Lula's Workers' Party.") \
        == [{"cut", "workers-party"}]  # (a one-word name the words after it say is a union)


def test_a_nation_s_labour_union_is_no_bloc_of_states() -> None:
    assert ties("The talks are sponsored by four civil society organisations: the Tunisian General Labour Union "
                "(UGTT), the Tunisian Union of Industry, Trade and Handicrafts, the Tunisian Human Rights League and "
                "the Tunisian Order of Lawyers.") == []
    assert ties("The European Union and the African Union signed a partnership.") == [{"eu", "african-union"}]


def test_mediation_by_those_the_parser_hangs_higher_and_the_co_chairs_of_a_format_mediate() -> None:
    assert mediators("The deal followed two years of mediation by South Africa and Saudi Arabia.") == ["SAU", "ZAF"]
    assert mediators("France, Russia and the United States, the co-chairs of the OSCE Minsk Group, urged both "
                     "sides to respect the truce.") == ["FRA", "RUS", "USA", "osce-minsk-group"]
    assert mediators("The deal was followed by mediation.") == []


def test_dragging_others_into_war_is_a_wrong_and_they_said_after_a_colon_are_those_before_it() -> None:
    assert accusations("Egypt said Hezbollah had plunged the region into war.") \
        == [("EGY", "hezbollah", "had plunged the region into war")]
    assert pairs("Egypt said Lebanon had been dragged into war.") == []
    assert pairs("In separate statements, Saudi Arabia, Egypt and Jordan delivered an unusual rebuke: Hezbollah, "
                 "they said, had dragged the region into war.") \
        == [("SAU", "hezbollah"), ("EGY", "hezbollah"), ("JOR", "hezbollah")]


def test_its_after_a_case_opened_against_a_body_is_that_body() -> None:
    assert accusations("Prosecutors in Belarus have opened a criminal case against the Coordination Council, "
                       "accusing its members of trying to seize power.") \
        == [("BLR", "coordination-council", "trying to seize power")]


def test_findings_that_point_to_a_side_s_responsibility_charge_it() -> None:
    assert accusations("The findings of the UN commission pointed to the Syrian government's responsibility for the "
                       "sarin attack.") \
        == [("un", "SYR", "the Syrian government's responsibility for the sarin attack")]
    assert pairs("The UN report did not point to Syria's involvement.") == []


def test_footage_released_of_a_wrong_charges_its_doers() -> None:
    assert accusations("The Philippine coast guard released video showing Chinese vessels firing water cannon at a "
                       "supply boat.") == [("PHL", "CHN", "Chinese vessels firing water cannon at a supply boat")]
    assert pairs("The Kenyan army released footage showing its soldiers distributing food.") == []


def test_a_state_s_name_and_first_name_a_party_but_not_a_first_minister() -> None:
    assert ties("New Zealand First leader Winston Peters announced on Thursday that his party would form a "
                "coalition government with the Labour Party.") == [{"new-zealand-first", "labour-party"}]
    assert pairs("Scotland's First Minister Nicola Sturgeon accused the UK government of ignoring Scotland.") \
        == [("scotland", "GBR")]


def test_the_co_leaders_of_a_coalition_are_tied() -> None:
    assert ties("Yemen's government is backed by a military coalition led by Saudi Arabia and the United Arab "
                "Emirates.") == [{"SAU", "YEM"}, {"ARE", "YEM"}, {"SAU", "ARE"}]
    assert ties("A coalition led by Saudi Arabia has carried out air strikes.") == []


def test_one_asked_to_act_as_mediator_is_no_mediator_yet() -> None:
    assert mediators("Carles Puigdemont appealed to the European Union to act as a mediator.") == []
    assert mediators("Qatar agreed to act as a mediator between the two sides.") == ["QAT"]


def test_a_group_s_last_word_names_it_again() -> None:
    text = ("Egypt declared the Muslim Brotherhood a terrorist organisation on Wednesday. Deputy Prime Minister "
            "Hossam Eissa said the Brotherhood had shown its ugly face. From London, Brotherhood spokesman Mohamed "
            "Soudan said the movement condemned the bombing and accused the authorities of using it as a pretext.")
    reading = read(text)
    assert "brotherhood" not in {a.id for a in reading.inventory.actors.values()}
    assert ("muslim-brotherhood", "EGY") in {(a.accuser, a.accused) for a in reading.accusations}


def test_a_name_goes_on_through_for() -> None:
    assert pairs("Physicians for Human Rights accused Syria of attacking hospitals in Aleppo.") \
        == [("physicians-for-human-rights", "SYR")]
    assert pairs("British PM blames IRA for Docklands truck bomb.") == [("GBR", "ira")]  # (an acronym ends there)


def test_a_national_party_named_for_its_state_is_a_party() -> None:
    assert pairs("The Slovak National Party accused Smer of corruption.") == [("slovak-national-party", "smer")]
    assert pairs("The Russian National Guard accused Ukraine of shelling.") == [("RUS", "UKR")]


def test_a_deed_in_protest_charges_the_state_it_is_done_to() -> None:
    assert pairs("Australia suspended defence cooperation with France in protest at the nuclear test.") \
        == [("AUS", "FRA")]
    assert pairs("Sweden expelled Iran's ambassador in protest against the execution of a Swedish citizen.") \
        == [("SWE", "IRN")]
    assert pairs("Workers went on strike in protest at pay cuts.") == []


def test_a_raid_a_side_called_a_wrong_sums_up_the_act() -> None:
    assert accusations("French commandos stormed two Greenpeace vessels, a raid that Greenpeace called state "
                       "piracy.") == [("greenpeace", "FRA", "stormed two Greenpeace vessels")]


def test_described_as_having_done_a_wrong() -> None:
    assert pairs("Israel described Iran as having armed militias that killed protesters.") == [("ISR", "IRN")]
    assert pairs("Israel described Iran as having reached an agreement with Russia.") == []


def test_wrecking_talks_is_a_charge() -> None:
    assert pairs("Egypt's foreign ministry said in a statement that Ethiopian \"intransigence\" had wrecked the "
                 "talks.") == [("EGY", "ETH")]


def test_the_groups_are_those_listed_before() -> None:
    assert sorted(pairs("Iran's Revolutionary Guards struck bases of the Kurdistan Democratic Party of Iran (PDKI) "
                        "and the Komala party in northern Iraq with missiles and drones, accusing the exiled groups "
                        "of smuggling weapons to rioters.")) \
        == [("IRN", "komala"), ("IRN", "kurdistan-democratic-party-of-iran")]


def test_as_did_adds_a_doer() -> None:
    assert pairs("France accused Russia of meddling in the election, as did Germany.") \
        == [("FRA", "RUS"), ("DEU", "RUS")]
    assert ties("The United Arab Emirates said it supported the Moroccan move, as did Bahrain and Jordan.") \
        == [{"ARE", "MAR"}, {"BHR", "MAR"}, {"JOR", "MAR"}]


def test_a_party_that_joins_a_bloc_of_parties_is_tied_to_it() -> None:
    assert ties("The Green Party joined the National Salvation Front last year.") \
        == [{"green-party", "national-salvation-front"}]
    assert ties("Hamas fighters joined the protest.") == []


def test_working_with_others_is_a_wrong_by_what_it_is_for() -> None:
    assert pairs("Nauru said Amnesty International was working with Australian activists to damage the country's "
                 "reputation.") == [("NRU", "amnesty-international")]
    assert pairs("Nauru said Amnesty International was working with Australian activists on a report.") == []


def test_a_hyphenated_name_set_after_its_noun_is_whole() -> None:
    assert pairs("The human rights organisation Al-Haq accused Israel of abuses.") == [("al-haq", "ISR")]
    assert pairs("The rights group Defense for Children International-Palestine accused Israel of detaining "
                 "minors.") == [("defense-for-children-international-palestine", "ISR")]


def test_a_group_named_without_its_last_noun_is_the_group() -> None:
    assert pairs("The Iranian-backed Popular Mobilisation Forces took over the base. Karim accused Popular "
                 "Mobilisation fighters of looting homes.") == [("karim", "pmf")]


def test_a_faith_set_before_a_known_party_describes_it() -> None:
    assert pairs("Hezbollah accused the Christian Lebanese Forces party of posting snipers.") \
        == [("hezbollah", "lebanese-forces")]
    assert pairs("The Christian Democratic Union accused the Social Democrats of lying.") \
        == [("christian-democratic-union", "social-democrats")]


def test_whom_after_a_person_s_office_is_the_person() -> None:
    assert pairs("Jordan arrested Bassem Awadallah, a former chief of the royal court, whom Jordan accused of "
                 "seeking outside help.") == [("JOR", "bassem-awadallah")]


def test_a_council_its_president_chairs_is_the_state_s() -> None:
    assert pairs("Algeria said on Monday the fires were arson. Last week the High Security Council, chaired by "
                 "President Abdelmadjid Tebboune, blamed the MAK for the wildfires.") == [("DZA", "mak")]
    assert mediators("The Minsk Group, co-chaired by France, Russia and the United States, mediated between Baku "
                     "and Yerevan.") == ["osce-minsk-group"]


def test_asking_someone_to_own_up_charges_them() -> None:
    assert pairs("NATO called on Russia to accept responsibility for the downing of the airliner.") \
        == [("nato", "RUS")]
    assert pairs("Seoul urged Tokyo to apologise for its wartime abuses.") == [("KOR", "JPN")]
    assert pairs("The UN called on both sides to take responsibility for the peace process.") == []


def test_support_charged_through_a_misread_verb_or_agent_is_read() -> None:
    assert pairs("Sudan said that the Justice and Equality Movement is sheltered by neighbouring Chad.") \
        == [("SDN", "TCD")]
    assert ties("Sudan said that Chad shelters the Justice and Equality Movement.") == [{"TCD", "jem"}]
    assert pairs("Israel says Hezbollah is armed and trained by Iran.") == [("ISR", "IRN")]
    assert pairs("The UN Monitoring Group on Somalia said Eritrea had flown planeloads of weapons to "
                 "al-Shabaab.") == [("un-monitoring-group-on-somalia", "ERI")]


def test_a_deed_named_again_or_a_body_described_again_is_the_one_told_before() -> None:
    assert pairs("Iraqi troops overran Kuwait on Thursday. The United States denounced the invasion as brutal and "
                 "illegal.") == [("USA", "IRQ")]
    assert pairs("Sudan expelled Doctors Without Borders on Wednesday. The government accused the charity of "
                 "spying.") == [("SDN", "msf")]


def test_a_terrorist_list_one_is_kept_or_put_on_charges_them() -> None:
    assert pairs("The United States, which keeps the FARC on its list of foreign terrorist organisations, said it "
                 "continued to support the talks.") == [("USA", "farc")]
    assert pairs("Roman Protasevich ran an opposition channel. He was put on a list of terrorists by the "
                 "Belarusian security services last year.") == [("BLR", "roman-protasevich")]


def test_resorting_to_a_wrong_the_parser_reads_as_a_verb_is_one() -> None:
    assert pairs("Putin said that the United States and its allies had resorted to sabotage to destroy Europe's "
                 "energy infrastructure.") == [("RUS", "USA")]


def test_arms_bought_or_received_and_a_patron_in_apposition_are_ties() -> None:
    assert ties("Egypt signed a deal on Monday to buy 24 Rafale fighter jets, a naval frigate and missiles from "
                "France.") == [{"EGY", "FRA"}]
    assert ties("South Ossetia has run its own affairs since the early 1990s, and Moscow, its patron, has handed "
                "passports to its residents.") == [{"RUS", "south-ossetia"}]
    assert {"IRN", "hezbollah"} in ties("Damascus, the main conduit for the rockets Hezbollah receives from Iran, "
                                        "said it would stand by the group.")


def test_a_body_the_data_knows_by_an_acronym_is_found_and_named_as_the_article_spells_it() -> None:
    reading = read("The deal was brokered by the leaders of the International Conference on the Great Lakes "
                   "Region at a summit.")
    assert mediators(reading) == ["icglr"]
    assert reading.inventory.name_of("icglr") == "International Conference on the Great Lakes Region"
    assert pairs("Zaire accused the Alliance of Democratic Forces for the Liberation of Congo-Zaire of "
                 "massacres.") == [("COD", "afdl")]  # (a name of ten words, the data's longest)


def test_bombers_named_by_their_model_are_a_state_s_aircraft() -> None:
    assert pairs("South Sudan said Sudanese Antonov bombers had struck Bentiu and a market in Unity state.") \
        == [("SSD", "SDN")]


def test_steering_talks_mediates_them() -> None:
    assert mediators("Norway helped steer the negotiations between the government and the rebels.") == ["NOR"]
    assert mediators("Britain's minister steered the economy through the crisis.") == []


def test_the_movement_is_a_group_not_a_crowd_named_since() -> None:
    assert ties("The Polisario Front declared its ceasefire over. Morocco said the protesters had obstructed the "
                "road. Algeria, the movement's main backer, called for restraint.") == [{"DZA", "polisario-front"}]


def test_names_after_a_plural_description_are_the_ones_charged() -> None:
    assert pairs("Evo Morales resigned. He accused the opposition leaders Carlos Mesa and Luis Fernando Camacho of "
                 "carrying out a coup.") == [("evo-morales", "carlos-mesa"), ("evo-morales", "luis-fernando-camacho")]


def test_solidarity_with_a_person_ties_them() -> None:
    assert ties("Evo Morales resigned. Cuba expressed its solidarity with Morales.") == [{"CUB", "evo-morales"}]


def test_support_ended_is_no_tie_and_the_shah_is_no_leader_s_surname() -> None:
    text = "Iran and Iraq settled their dispute, after which the Shah ended his support for Mustafa Barzani's rebels."
    assert ties(text) == []
    assert "IND" not in {m.actor for m in read(text).inventory.mentions}
    assert ties("Venezuela ended its support for the FARC.") == []
    assert ties("Venezuela stepped up its support for the FARC.") == [{"VEN", "farc"}]


def test_membership_joint_centres_and_forces_led_by_another_are_ties() -> None:
    assert ties("NATO, of which Turkey is a member, condemned the incursion.") == [{"TUR", "nato"}]
    assert ties("Estonia, ruled from Moscow for five decades, joined NATO in 2004.") == [{"EST", "nato"}]
    assert ties("Last week Russia, Iran, Iraq and Syria set up a joint centre in Baghdad to share intelligence.") \
        == [{"RUS", "IRN", "IRQ", "SYR"}]
    assert ties("Australia and Poland have committed special forces and warships to the US-led force.") \
        == [{"AUS", "USA"}, {"POL", "USA"}]


def test_an_act_another_is_said_to_have_engineered_or_taken_part_in_charges_them() -> None:
    assert pairs("Cuba denounced what it called a US-orchestrated attempt to impose a lackey on Venezuela.") \
        == [("CUB", "USA")]
    assert pairs("Iraq claimed that Israel was taking part in the raids on Iraq.") == [("IRQ", "ISR")]
    assert pairs("Egypt took part in the talks.") == []


def test_a_broadcaster_named_by_the_capital_speaks_for_the_state_a_group_named_for_it_does_not() -> None:
    assert pairs("Baghdad radio said Israel had bombed Basra.") == [("IRQ", "ISR")]
    assert pairs("Iraqi radio said Israel had bombed Basra.") == []  # (the press reports)
    lima = read("The Lima Group threw its weight behind Juan Guaido.")
    assert "PER" not in {m.actor for m in lima.inventory.mentions}


def test_a_state_whose_soldiers_a_minister_says_fight_alongside_rebels_is_not_his() -> None:
    assert pairs("Rebels seized Goma in the Democratic Republic of the Congo. Information Minister Didier Mumengi "
                 "said Rwandan soldiers were fighting alongside the rebels.") == [("COD", "RWA")]


def test_marines_and_paratroopers_are_a_state_s_forces() -> None:
    assert ties("The United States has sent special forces to train Mozambican marines.") == [{"USA", "MOZ"}]
    assert pairs("Iran said American sailors had entered its territorial waters.") == [("IRN", "USA")]


def test_a_dated_dateline_is_no_subject_of_the_first_sentence() -> None:
    told = "sentenced three journalists to seven years in prison for spreading false news."
    for dateline in ("CAIRO, 23 June 2014 — ", "Cairo, June 23, 2014 — ", "The Hague, 9 November 2017 — "):
        assert [(a, b) for a, b, _ in accusations(dateline + "The Cairo Criminal Court on Monday " + told)] \
            == [("cairo-criminal-court", "three-journalists")]


def test_sayers_findings_are_not_a_doer_among_the_sayers() -> None:
    assert pairs("The foreign ministers of the United States, Britain and France said the findings showed the "
                 "Syrian government's contempt for the convention.") == []
    assert pairs("Britain and France said the Syrian army had shelled the town.") == [("GBR", "SYR"), ("FRA", "SYR")]


def test_a_group_a_relative_clause_lists_as_terrorist_is_labelled_not_the_act_before() -> None:
    assert pairs("Turkey accuses Sweden of harbouring members of the PKK, which the European Union lists as a "
                 "terrorist organisation.") == [("TUR", "SWE"), ("eu", "pkk")]


def test_the_second_act_of_a_charge_is_charged_not_done_by_the_accuser() -> None:
    text = "Burundi accuses Rwanda of harbouring and arming the RED-Tabara rebels."
    assert pairs(text) == [("BDI", "RWA")]
    assert ties(text) == [{"RWA", "red-tabara"}]


def test_coming_under_fire_from_another_said_charges_the_one_who_fired_not_a_critic() -> None:
    assert pairs("Hezbollah said its supporters had come under fire from snipers belonging to the Lebanese "
                 "Forces.") == [("hezbollah", "lebanese-forces")]
    assert pairs("Israel said its troops were under fire from Hezbollah.") == [("ISR", "hezbollah")]
    assert pairs("The ministry said the minister came under fire from Hamas for his remarks.") == []


def test_companies_and_cartels_described_by_their_country_are_not_its_state() -> None:
    assert pairs("Mexico accused American gun manufacturers of fuelling cartel violence.") \
        == [("MEX", "american-gun-manufacturers")]
    assert pairs("The EU sanctioned Chinese firms for supplying drones to Russia.") == [("eu", "chinese-firms")]
    assert pairs("The United States designated six Mexican cartels as terrorist organisations.") \
        == [("USA", "mexican-cartels")]
    assert pairs("Ukraine accused Russian troops of shelling the plant.") == [("UKR", "RUS")]


def test_a_group_named_among_those_designated_is_labelled() -> None:
    assert pairs("The United States designated six Mexican cartels, among them the Sinaloa Cartel, as foreign "
                 "terrorist organisations.") == [("USA", "sinaloa-cartel")]


def test_freezing_a_side_s_assets_over_a_wrong_charges_it_freezing_talks_does_not() -> None:
    assert pairs("Britain froze Milorad Dodik's assets over corruption.") == [("GBR", "milorad-dodik")]
    assert pairs("Russia and Ukraine froze talks over the dispute.") == []


def test_a_court_called_chambers_keeps_its_own_name() -> None:
    assert pairs("The Kosovo Specialist Chambers convicted Salih Mustafa of war crimes.") \
        == [("kosovo-specialist-chambers", "salih-mustafa")]


def test_a_charge_after_a_clause_is_made_by_that_clause_s_subject_not_the_sentence_s_nameless_one() -> None:
    found = pairs("The case arose from the crisis that began in June 2017, when Saudi Arabia and Egypt severed links "
                  "with Qatar, accusing it of supporting terrorism.")
    assert sorted(set(found)) == [("EGY", "QAT"), ("SAU", "QAT")]
    assert pairs("Egypt left the talks, when Ethiopia filled the dam, accusing it of intransigence.") == []


def test_each_of_a_list_of_reported_that_clauses_is_a_charge_of_its_own() -> None:
    found = accusations("Kenya said that al-Shabaab orchestrated the attack, that it recruited children and that it "
                        "extorted traders.")
    assert found and {(a, b) for a, b, _ in found} == {("KEN", "al-shabaab")}
    said = [said for _, _, said in found]
    assert "orchestrated the attack" in said and "it extorted traders" in said


def test_a_judge_does_not_sit_on_the_one_court_named_only_in_a_later_sentence() -> None:
    assert pairs("Hezbollah demanded the removal of Judge Tarek Bitar. The Court of Cassation dismissed the "
                 "complaints. Hezbollah leader Hassan Nasrallah has accused Bitar of bias.") \
        == [("hezbollah", "tarek-bitar")]
    assert pairs("Judge Amy Berman Jackson of the US District Court sentenced Paul Manafort to prison for fraud.") \
        == [("us-district-court", "paul-manafort")]


def test_who_after_a_plural_description_of_named_people_is_each_of_them() -> None:
    assert pairs("Dassi Erlich, Nicole Meyer and Elly Sapper, three sisters who say Malka Leifer abused them, led "
                 "a campaign for her return.") \
        == [("dassi-erlich", "malka-leifer"), ("nicole-meyer", "malka-leifer"), ("elly-sapper", "malka-leifer")]


def test_a_payment_that_buys_a_favour_is_a_bribe_charged_an_ordinary_payment_is_not() -> None:
    assert pairs("The Icelandic fishing company Samherji is under investigation. Johannes Stefansson told "
                 "investigators that Samherji had been paying Bernhard Esau for years to secure cheap fishing "
                 "quotas.") == [("johannes-stefansson", "samherji")]
    assert pairs("Roberto Jefferson said the Workers' Party had been paying deputies 30,000 reais each month in "
                 "return for their support.") == [("roberto-jefferson", "workers-party")]
    assert pairs("The Socialist Party said the government paid compensation to the victims to ensure peace.") == []


def test_honesty_denied_and_trust_refused_charge_the_one_they_are_said_of() -> None:
    assert pairs("Civil rights lawyer Maya Wiley said Eric Adams has not been straight with New Yorkers about "
                 "where he lives.") == [("maya-wiley", "eric-adams")]
    assert pairs("The Economic Freedom Fighters said Minister Pravin Gordhan cannot be trusted.") \
        == [("economic-freedom-fighters", "pravin-gordhan")]
    assert pairs("I have not been honest with you, Eric Adams said.") == []
    assert pairs("The Economic Freedom Fighters said the deal could not be trusted.") == []


def test_an_act_after_a_denied_passive_keeps_the_passive_s_subject() -> None:
    found = accusations("The Economic Freedom Fighters said Public Enterprises Minister Pravin Gordhan could not be "
                        "trusted with the utility and had misled parliament.")
    assert {(a, b) for a, b, _ in found} == {("economic-freedom-fighters", "pravin-gordhan")}
    assert any("misled parliament" in said for _, _, said in found)


@pytest.mark.parametrize("text", [
    "The Green Party said the Liberal Party had a history of abusing public funds.",
    "The Conservative Party said the Liberal Party did nothing to stop the violence.",
    "The Conservative Party said the Liberal Party was playing politics with people's hardship.",
    "The Conservative Party said the Liberal Party knew the scheme was unlawful.",
])
def test_charges_of_ordinary_politics_in_plain_words(text) -> None:
    assert pairs(text) in ([("green-party", "liberal-party")], [("conservative-party", "liberal-party")])


@pytest.mark.parametrize("text", [
    "The Green Party said the Liberal Party had a history of winning elections.",
    "The Conservative Party said it did nothing wrong.",
    "The children were playing games with their friends, the Conservative Party said.",
])
def test_plain_words_that_charge_no_one(text) -> None:
    assert pairs(text) == []


def test_a_full_name_opening_a_sentence_is_the_person_not_a_title() -> None:
    assert pairs("Andry Rajoelina and Marc Ravalomanana face a runoff. Andry Rajoelina accused Marc Ravalomanana of "
                 "misleading voters.") == [("andry-rajoelina", "marc-ravalomanana")]
    assert mediators("Pope Francis's envoy, Archbishop Claudio Maria Celli, chaired talks between the Venezuelan "
                     "government and the opposition.") == ["VAT"]


def test_the_union_is_the_trade_s_body_named_before_whatever_its_name_ends_in() -> None:
    assert pairs("VANCOUVER, Canada — The deal must still be ratified by members of the Teachers' Federation. "
                 "Education Minister Peter Fassbender accused the union of misleading parents.") \
        == [("CAN", "teachers-federation")]


def test_provinces_named_with_another_state_s_word_are_not_that_state() -> None:
    assert pairs("The Green Party accused the British Columbia government of wasting money on court fights.") \
        == [("green-party", "british-columbia")]
    assert pairs("The Labor Party accused the New South Wales government of misleading voters.") \
        == [("labor-party", "new-south-wales")]


def test_the_backing_one_has_or_wins_ties_one_to_its_giver() -> None:
    assert ties("Maya Wiley won the endorsement of the Working Families Party on Monday.") \
        == [{"maya-wiley", "working-families-party"}]
    assert ties("Russia has the support of China in the Security Council.") == [{"RUS", "CHN"}]
    assert ties("Maya Wiley does not have the support of the Working Families Party.") == []


def test_campaigning_for_or_alongside_another_ties_them_campaigning_for_a_cause_or_against_does_not() -> None:
    assert ties("Former president Ian Khama campaigned on Saturday for the opposition Umbrella for Democratic "
                "Change.") == [{"ian-khama", "umbrella-for-democratic-change"}]
    assert ties("The Convention People's Party said it would campaign alongside the National Democratic Congress.") \
        == [{"convention-peoples-party", "national-democratic-congress"}]
    assert ties("Amnesty International campaigned for the release of Alexei Navalny.") == []
    assert ties("The Labour Party campaigned against the Conservative Party.") == []


def test_a_family_name_the_tagger_calls_an_organisation_stays_the_person_s() -> None:
    text = ("Former Botswana president Ian Khama campaigned on Saturday for the opposition. Khama is also the patron "
            "of the Botswana Patriotic Front (BPF), a new party formed by defectors. The Botswana Democratic Party "
            "accused Khama of misleading the public.")
    assert ("botswana-democratic-party", "ian-khama") in pairs(text)
    assert "khama" not in read(text).inventory.actors
    assert read("UDC leader Duma Boko said the coalition would create jobs.").inventory.actors == {}  # not the Duma


def test_a_client_s_lawyers_speak_for_the_client() -> None:
    assert pairs("MOSCOW — Alexei Navalny was jailed. Navalny's lawyers accused Russian prosecutors of lying.") \
        == [("alexei-navalny", "RUS")]


def test_a_joint_letter_or_list_ties_its_makers_the_first_of_them_read_in_apposition_too() -> None:
    text = ("LONDON — In a joint letter to the prime minister, the Labour Party, the Scottish National Party and the "
            "Liberal Democrats wrote that the government had misled voters.")
    assert ties(text) == [{"labour-party", "scottish-national-party", "liberal-democrats"}]
    assert sorted(pairs(text)) == [("labour-party", "GBR"), ("liberal-democrats", "GBR"),
                                   ("scottish-national-party", "GBR")]
    assert ties("The Socialist Party and the Green Party will run on a joint list in the election.") \
        == [{"socialist-party", "green-party"}]


def test_the_state_that_owns_the_parties_acting_together_is_none_of_them() -> None:
    found = ties("Malawi's two largest opposition parties, the Malawi Congress Party (MCP) and the UTM Party, "
                 "announced on Thursday that they would contest the election together as the Tonse Alliance.")
    assert found and all("MWI" not in members and {"malawi-congress-party", "utm-party"} <= members
                         for members in found)
    assert ties("Russia's and China's navies held drills together in the Sea of Japan.") == [{"RUS", "CHN"}]


def test_a_body_of_a_faith_named_after_the_state_is_the_church_s_not_the_state_s() -> None:
    reading = read("NAIROBI, Kenya — Doctors are on strike. The Kenya Conference of Catholic Bishops and the Law "
                   "Society of Kenya have been mediating between the union and the Health Ministry since January.")
    assert mediators(reading) == ["kenya-conference-of-catholic-bishops", "law-society-of-kenya"]


def test_a_demand_written_as_a_noun_charges_the_one_asked_to_stop_or_undo_an_act() -> None:
    assert pairs("Colombia renewed its demand that the ELN free the hostages.") == [("COL", "eln")]
    assert pairs("Russia repeated its call for Ukraine to withdraw its troops.") == [("RUS", "UKR")]
    assert pairs("The UN renewed its appeal for both sides to end the fighting.") == []


def test_an_act_dismissed_as_the_result_of_pressure_charges_the_one_who_pressed() -> None:
    assert pairs("Serbia called the vote the result of pressure from Washington.") == [("SRB", "USA")]
    assert pairs("Zimbabwe dismissed the remarks, calling them a result of pressure from Western nations like "
                 "Britain and the United States.") == [("ZWE", "GBR"), ("ZWE", "USA")]
    assert pairs("Serbia said the vote was the result of years of hard work.") == []


def test_fire_or_a_threat_said_to_come_from_someone_is_theirs_a_place_or_money_is_no_one_s() -> None:
    assert pairs("Israel said the rockets came from Hezbollah.") == [("ISR", "hezbollah")]
    assert pairs("Belarusian officials said a fighter escorted the plane after a bomb threat, which they said had "
                 "come from Hamas.") == [("BLR", "hamas")]
    assert pairs("Israel said the rockets came from Gaza.") == []
    assert pairs("The money came from Qatar, officials said.") == []


def test_those_doing_a_wrong_on_another_s_orders_charge_the_one_who_ordered_it() -> None:
    assert ("ARM", "AZE") in pairs("Armenia said the activists blocking the road were acting on Azerbaijan's orders.")


def test_whom_someone_says_did_a_wrong_and_whom_they_call_a_wrong_name_are_charged() -> None:
    assert pairs("Milan Radoicic, whom Kosovo police say led the assault, denied any role.") \
        == [("XKX", "milan-radoicic")]
    assert pairs("Mexico refused to recognise Peru's President Dina Boluarte, whom it called a usurper.") \
        == [("MEX", "PER")]


def test_a_second_said_the_parser_joins_to_the_first_report_is_the_first_sayer_s() -> None:
    assert pairs("Troops of a Gulf Cooperation Council force entered Bahrain on Monday. A Bahraini government "
                 "spokesman said the forces would guard vital sites and said the protests had been orchestrated by "
                 "Iran.") == [("BHR", "IRN")]


def test_a_group_named_with_al_is_no_person_s_name_for_a_royal_named_with_al() -> None:
    assert pairs("Bahrain's crown prince, Salman bin Hamad Al Khalifa, offered talks. The opposition group Al-Wefaq "
                 "called on Saudi Arabia to withdraw its troops.") == [("al-wefaq", "SAU")]


def test_an_office_in_a_sentence_that_opens_with_a_capital_speaks_for_the_capital_s_state() -> None:
    assert pairs("MANAMA, Bahrain — Saudi troops entered Bahrain. Bahrain said the protests were over. In Tehran, a "
                 "foreign ministry spokesman, Ramin Mehmanparast, condemned the crackdown by Bahraini security "
                 "forces.") == [("IRN", "BHR")]


def test_a_region_named_before_its_noun_or_after_region_of_acts_as_a_side() -> None:
    assert pairs("The Kurdistan region accused Baghdad of shelling villages.") == [("kurdistan", "IRQ")]
    assert pairs("The Tigray region accused Eritrea of shelling villages.") == [("tigray", "ERI")]
    assert pairs("COMRAT, Moldova, March 2, 2024 — Deputies of Moldova's autonomous region of Gagauzia appealed to "
                 "Russia on Wednesday for help, accusing Chisinau of strangling the region.") == [("gagauzia", "MDA")]


def test_fighting_between_two_sides_is_neither_s_charge_and_a_dated_dateline_s_place_is_no_side() -> None:
    reading = read("LAS ANOD, Somalia (February 7, 2023) — Fighting between Somaliland's army and clan militias "
                   "killed 20 people, hospital officials said.")
    assert reading.accusations == []
    assert "las-anod" not in reading.inventory.actors


def test_an_administration_known_as_a_name_is_an_actor_by_that_name() -> None:
    assert pairs("Clan leaders set up an administration known as SSC-Khatumo. SSC-Khatumo said Somaliland troops had "
                 "shelled the hospital.") == [("ssc-khatumo", "somaliland")]


def test_what_someone_called_a_wrong_done_by_a_named_doer_charges_that_doer() -> None:
    assert pairs("Transnistria denounced what it called an economic war waged against it by Moldova.") \
        == [("transnistria", "MDA")]


def test_one_whose_life_is_in_danger_is_not_charged_and_an_act_at_gunpoint_is_a_wrong() -> None:
    assert pairs("Mexico granted Evo Morales asylum, saying his life was in danger.") == []
    assert pairs("The Ghana Union of Traders said Ghanaian police had padlocked shops at gunpoint.") \
        == [("ghana-union-of-traders", "GHA")]
    assert pairs("The Ghana Union of Traders said Ghanaian police had padlocked shops on Monday.") == []


def test_a_title_followed_by_its_known_holder_is_the_holder_s_state() -> None:
    assert mediators("DOHA, Qatar — Eritrea and Djibouti agreed to talks. The accord was signed in Doha in the "
                     "presence of the emir, Sheikh Tamim bin Hamad Al Thani, and Eritrean troops will pull back.") \
        == ["QAT"]


def test_asylum_a_state_grants_ties_it_to_the_one_it_shelters() -> None:
    assert ties("Mexico granted Evo Morales asylum.") == [{"MEX", "evo-morales"}]
    assert ties("Mexico granted asylum to Evo Morales.") == [{"MEX", "evo-morales"}]
    assert ties("Mexico refused to grant Evo Morales asylum.") == []


def test_one_thanked_for_mediation_mediates() -> None:
    assert mediators("Ivory Coast's government thanked Togo's President Faure Gnassingbé for his mediation.") \
        == ["TGO"]
    assert mediators("Ivory Coast thanked Togo for its help.") == []


def test_a_by_the_parser_hangs_on_in_turn_or_in_part_is_the_participle_s_agent() -> None:
    assert mediators("The government and the ELN have been negotiating in rounds hosted in turn by Venezuela, "
                     "Mexico and Cuba.") == ["CUB", "MEX", "VEN"]
    assert ties("The rebels are funded in part by Iran.") == [{"IRN", "rebels"}]


def test_a_wrong_done_after_or_by_which_one_acted_is_charged_being_attacked_is_not() -> None:
    assert pairs("Bolivia's interim government said Evo Morales had fled after rigging last month's election.") \
        == [("BOL", "evo-morales")]
    assert pairs("Ukraine said the soldiers had fled after being attacked.") == []


def test_a_call_to_respect_an_agreement_asks_for_conduct_and_charges_no_one() -> None:
    assert pairs("The Gulf Cooperation Council called on Iraq to respect the agreements it has signed.") == []
    assert pairs("The Gulf Cooperation Council called on Iraq to stop shelling the border.") == [("gcc", "IRQ")]


def test_a_feature_of_the_land_the_tagger_calls_a_person_is_no_actor() -> None:
    reading = read("Iraq's Federal Supreme Court ruled that an agreement regulating navigation in the Khor Abdullah "
                   "waterway was unconstitutional.")
    assert all("khor" not in actor for actor in reading.inventory.actors)


def test_accountability_demanded_for_attacks_told_before_charges_their_doer() -> None:
    assert pairs("Israeli strikes hit two UN schools in Gaza on Tuesday. The UN said that it had given Israel the "
                 "coordinates of its schools, and demanded accountability for the attacks.") == [("un", "ISR")]


# --- official and agency copy (events29): the registers of national agencies and state media ---

def test_a_describing_participle_after_a_passive_s_by_names_the_doer() -> None:
    assert pairs("The ONLF said civilians were killed by retreating Ethiopian forces.") == [("onlf", "ETH")]
    assert pairs("The UN accused Iraq of invading Kuwait.") == [("un", "IRQ")]


def test_lower_case_south_korea_of_kcna_copy_is_south_korea() -> None:
    assert pairs("North Korea lambasted south Korea for staging provocative military drills.") == [("PRK", "KOR")]


def test_the_federal_or_central_government_in_capitals_is_the_state() -> None:
    assert pairs("ABUJA, June 2 (NAN) -- The Federal Government has accused the IPOB of killing security "
                 "personnel.") == [("NGA", "ipob")]


def test_the_kingdom_in_capitals_is_the_monarchy_named_before_or_after_in_its_sentence() -> None:
    assert pairs("RIYADH (SPA) -- The Kingdom condemned the Houthi attack on Abha airport.") == [("SAU", "houthis")]
    assert pairs("The Kingdom strongly condemns the storming of the mosque by Israeli forces, the Saudi foreign "
                 "ministry said.") == [("SAU", "ISR")]


def test_the_words_of_official_copy_for_an_adversary_s_conduct_charge_it() -> None:
    assert pairs("China called the US policy hegemonic.") == [("CHN", "USA")]
    assert pairs("China called the US policy historic.") == []


def test_a_state_organ_named_with_of_the_state_after_it_is_the_state() -> None:
    assert pairs("The State Committee for National Security of the Kyrgyz Republic said units of the armed forces "
                 "of Tajikistan had attacked Kyrgyz border posts.") == [("KGZ", "TJK")]
    reading = read("The National Defence Commission of the DPRK issued a statement. A rally was held in support of "
                   "the statement of the National Defence Commission.")
    assert "PRK" in reading.inventory.actors and len(reading.inventory.actors) == 1
    assert pairs("The Minerals Council of Australia accused the Australian government of failing to consult the "
                 "industry.") \
        == [("minerals-council-of-australia", "AUS")]


def test_a_group_s_organ_named_with_its_possessive_speaks_for_the_group() -> None:
    assert pairs("A member of Fatah's Central Committee blamed Hamas for the failure of the agreements.") \
        == [("fatah", "hamas")]


def test_ruling_before_a_party_s_name_describes_it() -> None:
    assert pairs("Ruling Democratic Party floor leader Lee In-young accused the main opposition Liberty Korea Party "
                 "of undermining national unity.") == [("democratic-party", "liberty-korea-party")]


def test_a_party_s_whip_speaks_for_the_party() -> None:
    assert pairs("The Democratic Progressive Party (DPP) opposed the bill. DPP caucus whip Ker Chien-ming said the "
                 "KMT was abusing its majority.") == [("democratic-progressive-party", "kmt")]


def test_the_names_official_copy_gives_hong_kong_and_macao_are_theirs() -> None:
    assert pairs("The government of the Hong Kong Special Administrative Region (HKSAR) condemned the United States "
                 "for interfering in Hong Kong's affairs.") == [("HKG", "USA")]


def test_a_long_name_before_its_acronym_starts_after_and_with_a_preposition() -> None:
    reading = read("Finland and Sweden committed not to provide support to the YPG/PYD and to the Fetullah Terrorist "
                   "Organization (FETO), the group behind the coup.")
    assert "Fetullah Terrorist Organization" in {a.name for a in reading.inventory.actors.values()}


def test_the_president_in_capitals_is_the_office_not_a_name() -> None:
    assert pairs("TUNIS, July 26 (TAP) - President Kais Saied froze parliament. The Ennahdha Movement accused the "
                 "President of staging a coup.") == [("ennahdha-movement", "TUN")]


def test_one_named_after_an_office_of_a_group_speaks_for_the_group() -> None:
    assert pairs("Commander of the Libyan National Army (LNA) Field Marshal Khalifa Haftar left Moscow. The GNA "
                 "accused Haftar of sabotage.") == [("gna", "lna")]


def test_the_words_after_and_in_a_ministry_s_portfolio_name_no_one() -> None:
    reading = read("The Ministry of Foreign Affairs and International Cooperation (MoFAIC) said that the attack near "
                   "fuel storage tanks belonging to the Abu Dhabi National Oil Company (ADNOC) was a heinous crime. "
                   "Sheikh Abdullah bin Zayed Al Nahyan, Minister of Foreign Affairs and International Cooperation, "
                   "said that the UAE reserves the right to respond.")
    assert all("cooperation" not in actor for actor in reading.inventory.actors)


def test_named_exercises_are_no_person_and_imperialists_stand_for_their_state() -> None:
    text = ("PYONGYANG, March 7 (KCNA) -- The DPRK on Monday denounced the Key Resolve and Foal Eagle joint military "
            "exercises launched by the U.S. imperialists as a rehearsal for a war of aggression.")
    assert pairs(text) == [("PRK", "USA")]


def test_an_office_of_the_general_staff_is_read_whole_before_the_name() -> None:
    assert pairs("YEREVAN -- Chief of the General Staff Onik Gasparyan demanded the resignation of the government. "
                 "Prime Minister Nikol Pashinyan accused Gasparyan of attempting a coup.") \
        == [("nikol-pashinyan", "onik-gasparyan")]


def test_each_state_listed_after_together_with_is_tied_to_the_subject() -> None:
    assert ties("Bahrain, together with Saudi Arabia, the United Arab Emirates and Egypt, has imposed a boycott on "
                "Qatar.") == [{"BHR", "SAU"}, {"BHR", "ARE"}, {"BHR", "EGY"}]
    assert ties("The accord was negotiated with the help of Argentina, Brazil, Chile and the United States.") == []


def test_a_format_made_up_of_states_has_them_as_members() -> None:
    reading = read("The OSCE Minsk Group, which mediates the conflict and is made up of Russia, France and the United "
                   "States, urged calm.")
    assert [set(m.members) for m in reading.mediations] == [{"RUS", "FRA", "USA"}]


def test_talks_hosted_together_with_another_have_both_as_hosts() -> None:
    assert mediators("Russian Foreign Minister Sergey Lavrov, who hosted the talks together with Turkish Foreign "
                     "Minister Mevlut Cavusoglu, told reporters that Haftar had asked for time.") == ["RUS", "TUR"]


def test_those_thanked_in_words_of_gratitude_for_hosting_talks_mediate() -> None:
    assert mediators("The Saudi and Iranian sides expressed their appreciation to the Republic of Iraq and the "
                     "Sultanate of Oman for hosting rounds of dialogue between them.") == ["IRQ", "OMN"]


def test_a_list_of_states_ending_in_and_before_a_verb_is_read_and_ends() -> None:
    # (this sentence once sent the reading of "A and B sided with C" round a loop for ever)
    assert ties("Pompeo met the foreign ministers of South Korea and Japan and urged the two allies of the United "
                "States to find a way forward.") == [{"KOR", "USA"}]


def test_the_four_foreign_ministers_are_the_four_states_named_before() -> None:
    assert pairs("The foreign ministers of the United States, Britain, Canada and Australia issued a joint statement "
                 "on Saturday. In their statement, the four foreign ministers accused Beijing of breaking its "
                 "commitments.") == [("USA", "CHN"), ("GBR", "CHN"), ("CAN", "CHN"), ("AUS", "CHN")]


def test_a_spokesperson_for_an_office_of_a_state_s_ministry_speaks_for_the_state() -> None:
    assert pairs("A spokesperson for the Office of the Commissioner of the Chinese Foreign Ministry lambasted the "
                 "United States for meddling.") == [("CHN", "USA")]


def test_a_bloc_a_state_is_a_member_of_mediates_nothing() -> None:
    reading = read("Armenia, a member of the Russian-led Collective Security Treaty Organization, lost the war, which "
                   "ended with a Russian-brokered ceasefire.")
    assert mediators(reading) == ["RUS"]


def test_states_that_each_list_a_group_as_terrorist_are_no_bloc() -> None:
    assert ties("The PKK, which is listed as a terrorist organization by Turkey, the US and the European Union, has "
                "waged a campaign against Turkey.") == []
    assert ties("The United States and Britain accused Iran of attacking the tanker.") == [{"USA", "GBR"}]


def test_cooperation_owned_by_a_state_ties_that_state_not_the_one_who_worries() -> None:
    assert ties("Iran expressed concern over Azerbaijan's expanding military cooperation with the Zionist regime.") \
        == [{"AZE", "ISR"}]


def test_a_minister_of_a_portfolio_of_several_words_is_named_after_it() -> None:
    assert pairs("RABAT -- Minister of Foreign Affairs and International Cooperation Nasser Bourita accused Algeria "
                 "of arming the Polisario.") == [("MAR", "DZA")]
    assert pairs("CAIRO, July 6 (MENA) - Minister of Foreign Affairs Sameh Shoukry sent a letter to the President of "
                 "the UN Security Council on Tuesday, protesting Ethiopia's notification that it had started the "
                 "second filling of the Grand Ethiopian Renaissance Dam (GERD) and describing the move as a dangerous "
                 "escalation that reveals Addis Ababa's bad intentions. In the letter, Shoukry stressed that Egypt "
                 "firmly rejects this unilateral measure, which constitutes a flagrant violation of the Declaration "
                 "of Principles signed by Egypt, Sudan and Ethiopia in 2015 and of the rules of international law.") \
        == [("EGY", "ETH")]


def test_a_charge_after_a_denial_in_what_is_said_is_the_speaker_s() -> None:
    assert pairs("Ethiopia's foreign ministry said the filling was a natural part of the dam's construction and "
                 "would not harm the downstream countries, accusing Cairo of clinging to colonial-era agreements.") \
        == [("ETH", "EGY")]


def test_a_mosque_the_tagger_calls_an_organisation_is_no_actor() -> None:
    reading = read("Israeli police entered Al-Aqsa Mosque on Friday. Jordan condemned the raid on Al-Aqsa Mosque, and "
                   "Turkey said Al-Aqsa Mosque must be protected.")
    assert all("aqsa" not in actor for actor in reading.inventory.actors)


def test_the_lead_s_own_ministry_is_of_the_state_a_title_case_dateline_tells_from() -> None:
    assert pairs("Amman, Jan. 3 (Petra) -- The Ministry of Foreign Affairs and Expatriates strongly condemned on "
                 "Tuesday the storming of Al-Aqsa Mosque by Israeli National Security Minister Itamar Ben-Gvir, "
                 "describing it as a flagrant violation of the status quo in Jerusalem and its holy sites.") \
        == [("JOR", "ISR")]


def test_the_minister_past_the_lead_is_no_one_named_two_sentences_later() -> None:
    text = ("ALGIERS, Aug 24 (APS) - Algeria has decided to sever diplomatic relations with Morocco. The country's "
            "envoy was recalled. Officials met in Algiers. The minister accused the Moroccan security services of "
            "spying on Algerian officials. He spoke for an hour. Israeli Foreign Minister Yair Lapid had voiced "
            "concern in Rabat.")
    assert ("ISR", "MAR") not in pairs(text)


def test_a_un_body_s_name_ends_before_the_month_that_follows_it() -> None:
    reading = read("A report by the UN Monitoring Group on Somalia in November said that Eritrea had supplied the "
                   "Islamists with arms.")
    names = sorted(actor.name for actor in reading.inventory.actors.values())
    assert names == ["Eritrea", "UN Monitoring Group on Somalia"]
