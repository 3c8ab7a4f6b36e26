"""Hand gold for part a of the test9 split (tests/corpus/test9/, index_a.json): two Wikinews articles, 2005 and 2010.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{colombian,freed}.conllu). Stored versions read: colombian at
commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b, freed at 735dbbd74f167b4a95026527271fba0893b76d57 (both with
untokenised `# text` lines, no `# meta` lines and no `# newpar` marks, so each body is one paragraph). The body was
rebuilt from the `# text` lines: headline and dateline dropped in both; sentences joined by one space, none where
the sentence's last token has SpaceAfter=No (freed: "The vessel has 29 Chinese crew." runs straight into the
sentence stored as "\" The Yuan Xiang was sailing ...", giving `crew." The Yuan Xiang`; "... with increased
violence. \"" runs straight into "As it gets harder ..."). Also dropped:
- colombian: the section heading "Lula's role" (a sentence of its own between the Barco sentence and "Brazil has a
  seemingly good relationship with Colombia.").
- freed: nothing but headline and dateline (the stored version has no image caption).
Characters are otherwise as stored, typos and the corpus's stripped reference marks kept ("a Organization of
American States motion", "in a interview", "others members", "in Colombia , .", "deemed libelous , .", "the press ,
.", "many times , , , .", "a bad joke .", "Mombassa", "[t]he government", "en-route", `stop".`). Dates are the
datelines (Thursday, January 20, 2005; Monday, November 15, 2010); titles the headlines; urls the Wikinews title.
The freed file's last page was read to within its last 79 characters, which are too short to hold another
sentence: the body ends with "This year, to date, 140, and 40 ships seized - versus 47 for the whole of 2009."

Regions and years: South America (the Colombia-Venezuela crisis over the arrest of FARC leader Rodrigo Granda,
January 2005, with Brazil's President Lula offering himself as peacemaker) and the Indian Ocean / East Africa
(Somali piracy: the Kenyan navy kills three pirates, the Chinese-crewed Yuan Xiang is hijacked, a British couple is
released, November 2010).

Same-event check (tests/corpus/*/index.json, and the other test9 index files as they stood when this part was
checked): colombian is the same crisis as test5's "Capture of FARC member creates crisis between Venezuela and
Colombia" (2005-01-15) and test6's "Venezuela-Colombia crisis: Castro intervenes ..." (2005-02-01); it is another
event (Lula's visit to Leticia and his mediation offer, 2005-01-20) and the only article found in the slice with a
mediator. Doubt: drop it if the split must not repeat a crisis. freed is Somali piracy, as test6's attack on a
US-flagged ship (2009-11-19) and test7's Saudi tanker (2008-11-20); other events.

How the slice was searched (about 73 look-ups: listings, reads and pages). The folder listing stops at "catholic" and
is the union of its history, so every a- and b-word is in it; later words were looked up by guessed names, one at
a time.
- Kept: colombian (Colombia, Venezuela, the FARC; Brazil as mediator; charges both ways) and freed (piracy; the
  charges are voiced by Kenya's defence spokesman, a seafarers' group, the released hostage and two academics).
  Only two articles: no third in-domain article was found within the look-up budget.
- Opened and left out: cia ("Former CIA agent indicted after leaking classified information", 2011): a US leak
  prosecution, no dispute between states or groups; cuban ("Brazilian Medicine Council against Cuban privileges",
  2005): recognition of medical diplomas; cypriot ("Cypriot plane with 121 on board crashes in Greece", 2005): an
  air crash; asylum ("Gay Iranian awaits decision on asylum", 2008): an asylum case, with the European Parliament's
  human-rights charge against Iran, out of domain (first page read only); arrests ("Waves of arrests in Turkey on
  suspicion of involvement in 'Ergenekon' organization", 2009): a domestic coup-plot probe whose charges on the
  first page are passive ("alleged ties", "suspected of conspiring"); not read further for want of look-ups.
- Names tried that are not in the folder: afghan, arab, baghdad, british, bolivia, ecuador, alliance, abbas, bahrain,
  delegation, bosnia, belarus, conflict, abu, bombing, convoy, assault, artillery, algerian, crisis, coalition,
  explosion, forces, agreement, blasts, arafat, blair, cheney, benghazi, caracas, dili, chadian, commandos,
  democratic, elections, detained, car, deal, defence, fire, diplomat, east, expulsion, dissidents, factions,
  egyptians, eu.
- Listed a-c names whose titles I did not look at (for want of look-ups): aid, aged, ali, arrives, africans, austria,
  bailout, bbc, benin, borneo, brazilian, bribery. The words the brief excludes and every word earlier parts'
  docstrings name as used, considered or tried were not opened.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Brazil's Lula meets Colombia's Uribe over the Colombia-Venezuela crisis (2005) ------------------------
CO_MEET = (
    "Brazilian President Luiz Inácio Lula da Silva travelled to the Colombian city of Leticia, in the triborder "
    "region, where he met with Colombian President Alvaro Uribe."
)
CO_CRISIS = "They discussed the crisis between Colombia and Venezuela."
CO_GRANDA = "The crisis began after the arrest of the FARC leader Rodrigo Granda, also known as Ricardo Gonzalez."
CO_ARGUED = (
    "Venezuela argued that Granda's arrest is illegal and that Colombia invaded Venezuelan territory in the course "
    "of the arrest."
)
CO_ACCUSED = (
    "Colombia, in turn, claimed the arrest occurred inside Colombian territory and accused Venezuela of harboring "
    "terrorists."
)
CO_PEACEMAKER = (
    "Lula proposed a bilateral solution between Colombia and Venezuela, suggesting himself as a peacemaker between "
    "the two countries."
)
CO_AMORIM = (
    "The Brazilian Minister of Foreign Relations Celso Amorim will coordinate the eventual Brazilian efforts to help "
    "solve the crisis."
)
CO_OAS = (
    "Brazil, however voted for a Organization of American States motion condemning an alleged terrorist FARC attack "
    "in Colombia , ."
)
CO_CLOSE = "Chavez and Lula have a close relationship."
CO_DEFENDED = "President Lula repeatedly defended Chavez."
CO_CASTRO = (
    "Both men have been said to manifest support and empathy for the Cuban President Fidel Castro, though Lula has "
    "distanced himself publicly from the Cuban leader."
)
CO_FORO = "The FARC is a member of the Foro de São Paulo organization led by Lula."
CO_SUPPORTS = "Lula supports the FARC position against the influence of the United States in Latin America."
CO_ENEMIES = (
    "However, he leads the Foro de São Paulo, an organization whose members the US government sees as enemies."
)
CO_MEMBERS = (
    "These members include: National Liberation Army, the FARC, Farabundo Martí National Liberation Front, "
    "Guatemalan National Revolutionary Unity, Sandinista National Liberation Front, Tupamaros, and the Communist "
    "Party of Cuba."
)

# --- Somali piracy: Kenyan navy kills three, Chinese ship hijacked, British couple freed (2010) -----------
FR_LEAD = (
    "Three pirates were killed late Friday during a presumed attack in error, while other pirates successfully "
    "hijacked the Yuan Xiang, a Panamanian-flagged vessel with an all-Chinese crew, and a media embargo was lifted "
    "regarding the release of a British couple whose yacht was seized more than a year ago over the weekend."
)
FR_KENYA = (
    "At 11 p.m. on Friday a Kenyan patrol vessel was near Kilifi in Kenyan coastal waters \"when four suspected "
    "Somali pirates on board a speed boat climbed the vessel, mistaking it for a merchant vessel,\" according to "
    "Kenyan Defence Department spokesman Bogita Ongeri."
)
FR_RELENT = (
    "Ongeri promised more details after discussions with the vessel's captain adding, \"[t]he government will not "
    "relent in its fight against piracy.\""
)
FR_MWANGURA = (
    "Andrew Mwangura of the Seafarers' Assistance Program said Saturday, \"I can confirm the pirates hijacked Yuan "
    "Xiang on Friday at midnight Kenyan time in the Arabian Sea near India."
)
FR_CHANDLERS = (
    "Retired British couple Paul and Rachel Chandler were released after their yacht Lynn Rival was captured near "
    "the Seychelles en-route to Tanzania 388 days ago, in October 2009."
)
FR_MEN = "\"Men with guns came aboard,\" Paul told ITV News over the phone a week after their capture."
FR_NOT_PIRACY = "\"This is not piracy and must not be reported as such,\" Paul said in custody."
FR_KIDNAPPING = "\"It is kidnapping and extortion and even torture.\""
FR_FIGURES = (
    "New figures show 790 people have been kidnapped by Somali pirates this year, on course to beat last year's "
    "record of 867."
)
FR_GREENWICH = (
    "Dr Alex Coutroubis and George Kiourktsoglou of London's University of Greenwich say crews are repelling more "
    "attacks, and attackers have responded with increased violence."
)
FR_GANGS = (
    "As it gets harder for pirates to capture ships, the Somali gangs are more likely to fire at sailors with "
    "automatic weapons in order to force vessels to stop"
)

GOLD = {
    # Colombia and Venezuela quarrel over the arrest of a FARC leader; Brazil's Lula offers himself as peacemaker;
    # background on Lula's ties to Chavez, Castro and the FARC.
    "2005-01-20-brazilian-president-meets-president-of-colombia": [
        P("Colombia", "state", CO_CRISIS, CO_ACCUSED,
          aliases=["Colombian", "Colombian President Alvaro Uribe", "Alvaro Uribe", "Uribe", "Colombian chancellery",
                   "Colombian Minister of Foreign Relations", "Carolina Barco"]),
        P("Venezuela", "state", CO_CRISIS, CO_ARGUED,
          aliases=["Venezuelan", "Venezuelan President Hugo Chavez", "Hugo Chavez", "Chavez",
                   "Venezuelan chancellery"]),
        # Doubt: the FARC read as a side (its leader's arrest is the cause of the crisis; the OAS motion condemns a
        # FARC attack in Colombia), although the quarrel itself is between the two states.
        P("FARC", "armed_group", CO_GRANDA, CO_OAS, aliases=["the FARC"]),
        # Lula (introduced as Brazil's President) offers himself as peacemaker; his foreign minister is to
        # coordinate Brazil's efforts to solve the crisis.
        M("Brazil", CO_PEACEMAKER, CO_AMORIM),
        # Doubt: a close personal relationship and Lula's repeated defence of Chavez, read as declared political
        # support between the two states (the mediator's tie to one side).
        A(["Brazil", "Venezuela"], "political_support", CO_CLOSE, CO_DEFENDED),
        # Doubt: Lula's support for the FARC position and the FARC's membership of the forum he leads, read as a
        # tie of Brazil (he acts here also as party and forum leader, and denies his party's relationship with the
        # FARC).
        A(["Brazil", "FARC"], "political_support", CO_SUPPORTS, CO_FORO),
        # Doubt: a hedged, passive report ("have been said to") of Chavez's support for Castro; Lula's own support
        # is not read as a tie (he "has distanced himself publicly").
        A(["Venezuela", "Cuba"], "political_support", CO_DEFENDED, CO_CASTRO),
        # Doubt: membership of one organisation (the Foro de São Paulo) read as a standing bloc of its named
        # members.
        A(["National Liberation Army", "FARC", "Farabundo Martí National Liberation Front",
           "Guatemalan National Revolutionary Unity", "Sandinista National Liberation Front", "Tupamaros",
           "Communist Party of Cuba"], "other", CO_ENEMIES, CO_MEMBERS),
        # Two allegations of Venezuela's in one sentence: two items.
        X("Venezuela", "Colombia", "Granda's arrest is illegal", CO_ARGUED),
        X("Venezuela", "Colombia", "Colombia invaded Venezuelan territory in the course of the arrest", CO_ARGUED),
        X("Colombia", "Venezuela", "harboring terrorists", CO_ACCUSED),
        # Doubt (this item and the next): the OAS motion condemns "an alleged terrorist FARC attack"; read as a
        # charge of the organisation and, as for a joint statement, of Brazil, which voted for it.
        X("Organization of American States", "FARC", "an alleged terrorist FARC attack in Colombia", CO_OAS),
        X("Brazil", "FARC", "an alleged terrorist FARC attack in Colombia", CO_OAS),
        # Not items: Colombia's claim that the arrest occurred inside Colombian territory (its answer to Venezuela,
        # no allegation of its own beyond "harboring terrorists"); Brazil not wanting to name the FARC a terrorist
        # group and Amorim's explanation (a refusal); Lula trying to expel Larry Rohter "because of writings deemed
        # libelous" (passive "deemed", no named accuser; a journalist, off the dispute) and trying to create a
        # council "to control the press" (the article's own report); the "axis of evil" term (passive, no named
        # accuser; Lula calling it "a bad joke" is a judgment) and Lula denying "the supposed Workers' Party
        # relationship with the FARC" (a denial); "members the US government sees as enemies" (hostility, no
        # wrongdoing alleged; doubt); Lula's receiving FARC leaders (the article's own report, kept only as a tie's
        # background); Lula's Washington Post words on Cuba (no accused). Brazil's "seemingly good relationship with
        # Colombia" is not read as support (doubt). Peru's foreign minister met Colombia's (no mediating role
        # stated). The United States is no party (named only in Lula's and the FARC's positions).
    ],
    # Somali piracy: the Kenyan navy kills pirates who boarded its patrol vessel, the Yuan Xiang is hijacked, and a
    # British couple held since 2009 is released.
    "2010-11-15-somali-piracy-kenyan-navy-kills-three-chinese-ship-hijacked": [
        P("Kenya", "state", FR_KENYA, FR_RELENT,
          aliases=["Kenyan", "Kenyan navy", "Kenyan patrol vessel", "Kenyan Defence Department",
                   "Kenyan Defence Department spokesman Bogita Ongeri", "Bogita Ongeri", "Ongeri", "the government"]),
        P("Somali pirates", "armed_group", FR_KENYA, FR_FIGURES,
          aliases=["pirates", "suspected Somali pirates", "Somali gangs", "captors", "attackers", "Men with guns"]),
        # Doubt: the kidnapped couple read as the targeted side of the article's third story (persons acting for
        # no state); the Chinese crew, the Yuan Xiang and the United Kingdom are not read as parties (a ship and
        # its crew, not China, are the target; the UK only witnessed the seizure and forbids ransom payments).
        P("Paul and Rachel Chandler", "person", FR_LEAD, FR_CHANDLERS,
          aliases=["British couple", "Retired British couple", "Paul", "Rachel"]),
        # Doubt: Kenya's account of the boarding of its patrol vessel, read as a charge against the pirates.
        X("Kenya", "Somali pirates",
          "four suspected Somali pirates on board a speed boat climbed the vessel", FR_KENYA,
          speaker="Bogita Ongeri"),
        X("Seafarers' Assistance Program", "Somali pirates", "the pirates hijacked Yuan Xiang", FR_MWANGURA,
          speaker="Andrew Mwangura"),
        # Doubt: the released hostage's charge against his captors, named only "Men with guns" (he rejects the
        # word piracy); read as aimed at the pirates of the article.
        X("Paul and Rachel Chandler", "Somali pirates", "kidnapping and extortion and even torture",
          FR_MEN, FR_NOT_PIRACY, FR_KIDNAPPING, speaker="Paul"),
        # Doubt: two academics' finding, read as a charge by their university (not a news outlet's own report).
        X("University of Greenwich", "Somali pirates",
          "attackers have responded with increased violence; the Somali gangs are more likely to fire at sailors "
          "with automatic weapons",
          FR_GREENWICH, FR_GANGS, speaker="Alex Coutroubis"),
        # Not items: "New figures show 790 people have been kidnapped by Somali pirates" and "Reports suggest its
        # captors are heading to Somalia" (no accuser); the killing of three pirates and the hijacking in the lead
        # (the article's own report); Ongeri's "will not relent in its fight against piracy" (a stance, no
        # allegation); the US$7 million demand (passive, no accuser); the freeing of 26 suspects by Kenya. Kenya's
        # and the Seychelles' prosecutions of pirates are not read as a tie between them (doubt), and the
        # multinational task force names no members: no alliance. No mediator.
    ],
}
