"""Hand gold for part a of the test5 split (tests/corpus/test5/, index_a.json): four 2006-2009 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{chavez,anjouan,civilians,bombings}.conllu; the stored
versions read were the untokenised ones: chavez and anjouan at commit 735dbbd7, bombings at 2dcbcbef, civilians
at 16231153, the only one of the four with `# meta` lines and `# newpar` marks). The body was rebuilt from the
`# text` lines: headline and dateline dropped; image captions left out (civilians: "Afghanistan" / "Image:
MarsRover."; chavez: "In an address to the UN General Assembly in New York" / "on September 20, 2006"), and the
anjouan pull-quote box (Sambi's "I have ordered the Comoran army ..." with "—Ahmed Abdallah Mohamed Sambi,
President of Comoros", which the body repeats) left out; sentences joined by one space, none where the
sentence's last token has SpaceAfter=No (anjouan: the closing and opening quote marks stored as sentences of
their own; chavez: "...destroy Lebanon.\", referring to ..."); paragraphs as `# newpar` marks them (civilians),
one paragraph where the stored version has no marks (the other three). Characters are otherwise as stored,
typos kept ("miltias", "Abdourahim Said Bacar", "w:George W. Bush", "an that", "coorporations"). The chavez
section heading "U.S. Response" is kept in the text. Dates are the datelines; titles the headlines.

Regions and years: Latin America and the UN (Venezuela-US, 2006), East Africa (Comoros and Anjouan, 2008),
Central Asia (Afghanistan, 2008), the Middle East (Iraq, 2009).

Considered and left out (slice a-c of AMALGUM_news_*):
- abdelbaset (Lockerbie convict al-Megrahi buried, 2012): an obituary; the only charges come from private
  persons (victims' relatives), no dispute between states or groups.
- betancourt (Ingrid Betancourt returns to France, 2008): human-interest story; FARC's hostage-taking is only
  the article's own narrative, nobody accuses anyone.
- bomber (CIA-base suicide bomber was an al-Qaeda double agent, 2010): the claims are media reports (news
  outlets' own reporting), no named accuser.
- ahmadinejad (Ahmadinejad speaks at Columbia University, 2007): a university debate, not a dispute between
  states or armed groups.
- armed (Egyptian prime minister steps down, 2011): domestic politics, no accusation between actors.
- airstrikes (US airstrikes against Basra militants, 2008): Iraq again, same period as the Baghdad bombings;
  left out for variety.
- annan (Annan warns Kenya over future poll violence, 2009): warnings and a past mediation, no accusation.
- coup (Hunger Games salute against the Thai junta, 2014): a protest gesture story, no accusation naming anyone.
- congo (plane crash), colombia (U-17 football), clashes and blackwater (Wikinews Shorts digests of unrelated
  briefs): off topic.
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- Venezuela and the United States at the UN (2006) ----------------------------------------
CH_CRITICIZED = "Hugo Chávez, President of Venezuela, sharply criticized the US government and its policies."
CH_RESPONSIBLE = (
    "At the same time he announced his country's bid for a non-permanent seat on the Security Council, saying "
    "that it will speak for all countries which \"have no power, no power to make any impact on the terrible "
    "situation in the world\" for which, he indicated, the US is responsible."
)
CH_TERRORIST = (
    "President Hugo Chávez said that the greatest terrorist threat for the world is the US government and its "
    "imperialistic policies."
)
CH_BOOK = (
    "When speaking to the assembly, Chávez displayed the book \"Hegemony or Survival\", written by Noam Chomsky, "
    "and recommended \"this excellent book\" to the audience."
)
CH_DOMINATION = (
    "He described this book as being written \"clearly and in depth\" an that \"the American empire is doing all "
    "it can to consolidate its system of domination.\""
)
CH_HEGEMONIC = (
    "He said that \"the hegemonic intentions of the imperialistic power are threatening the world\", and called "
    "on all the peoples of the world, including Americans, to respond to that threat."
)
CH_DEVIL_HOME = "He warned Americans that \"The devil is right at home."
CH_DEVIL_CAME = (
    "And the devil came here yesterday.\", apparently referring to the United States President w:George W. Bush."
)
CH_OWNED = (
    "Hugo Chavez criticized Bush, saying the he was \"talking as if he owned the world\", and called him \"the "
    "spokesman of imperialism\"."
)
CH_DEMOCRACY = (
    "Talking about the US efforts at nation-building, he said that it is \"a very original democracy that's "
    "imposed by weapons and bombs and firing weapons.\", adding \"What a strange democracy."
)
CH_RACIST = (
    "When pushing his agenda of democracy and free trade in Latin America, Chávez accused President Bush of being "
    "a racist, saying that President Bush would look \"at your color\" and he say \"oh, there's an extremist."
)
CH_MORALES = (
    "Chavez indicated Bush discriminates against Morales because Morales was the country's first Indian president."
)
CH_TREATY = (
    "For example the People's Trade Treaty consisting of Bolivia, Venezuela and Cuba and Mercosur, an economic "
    "union designed after the European Union for which in turn Bush sharply criticized him."
)
CH_DEFENDED = "Chavez defended Morales in his speech by saying \"The imperialists see extremists everywhere."
CH_VENEZUELA_PROPOSES = (
    "And that is why Venezuela once again proposes, here, today, 20 September, that we re-establish the United "
    "Nations.\""
)
CH_VETO = (
    "he criticized the \"the anti-democratic\" veto held by the Permanent Five members of the Security Council, "
    "Citing the \"immoral\" veto of the United States which he said, \"allowed the Israelis, with impunity, to "
    "destroy Lebanon.\""
)
CH_LOBBYING = "The US is currently lobbying for Venezuela not to attain a seat on the U.N. Security Council."
CH_RANGEL = (
    "Rep. Charles Rangel (Democrats) who represents a New York City neighborhood which Chavez recently visited said"
)
CH_OFFEND = (
    "\"I just want to make it abundantly clear to Hugo Chavez or any other president - don't come to the United "
    "States and think because we have problems with our president that any foreigner can come to our country and "
    "not think that Americans do not feel offended when you offend our Chief of State."
)
CH_DEMEANING = (
    "Any demeaning public attack against him is viewed by Republicans and Democrats, and all Americans, as an "
    "attack on all of us.\""
)

# --- Comoros invades Anjouan (2008) ----------------------------------------------------------
AJ_INVADED = (
    "Comoros, backed by African Union forces, has invaded the island of Anjouan in an effort to topple the rebel "
    "leadership of Mohamed Bacar, who has been seeking independence from Comoros."
)
AJ_JOINED = (
    "They joined the nearly 1,500 African Union forces from Sudan and Tanzania, with Libya, France, and the United "
    "States providing logistical support for the operation."
)
AJ_CAPTURED = "The Comoros government says they have already captured most of the island."
AJ_COUP = "Mohamed Bacar seized control of Anjouan in a 2001 military coup."
AJ_ELECTIONS = "After his term expired in 2007, he held his own elections in which he declared himself the winner."
AJ_ILLEGAL = "This election was viewed as illegal by Comoros and the African Union."
AJ_CAPTURE_BACAR = "\"A special group has been selected to capture Bacar, arrest him and bring him to court."
AJ_CRIMES = "He has to pay for his crimes.\""
AJ_TRIAL = (
    "The spokesman also outlined his priorities for Anjouan once the island is stabilized, which included holding "
    "elections within three months, disarming Bacar's miltias, and putting Bacar on trial for corruption and human "
    "rights abuses once he is found."
)
AJ_LOYALISTS = (
    "The Bacar loyalists have reportedly begun using guerrilla tactics against the invading forces."
)
AJ_SAMBI = (
    "In a nationally televised address, Comoros president Ahmed Abdallah Mohamed Sambi said he had approved of the "
    "military operation."
)
AJ_MBEKI = "Meanwhile, South African president Thabo Mbeki denounced the operation."
AJ_FORCE = (
    "\"It takes Comoros back to the use of force to solve a problem that could have been resolved with "
    "negotiations,\" he said in a televised statement."
)

# --- US/NATO air strike in Azizabad, Afghanistan (2008) ----------------------------------------
AF_SHAHRANI = (
    "Nematullah Shahrani, the Afghan government minister, has said that an investigation found that more than 90 "
    "civilians were killed in American led NATO air strikes early Friday in Azizabad, a village in Herat province."
)
AF_NIELSON = (
    "Lt. Col. Rumi Nielson-Green, a spokeswoman for the U.S. military, said 30 Taliban insurgents were killed."
)
AF_SIDDIQ = "The operation targeted a local Taliban commander, Mullah Siddiq."
AF_BLANCHETTE = (
    "Brig. Gen. Richard Blanchette, a spokesman for NATO in Afghanistan, said investigators verified the deaths of "
    "five civilians."
)
AF_KARZAI = (
    "General Jalandar Shah Behnam, the head of the corps for western Afghanistan, and commando major Abdul Jabar "
    "were fired for \"negligence and concealing facts,\" by Hamid Karzai, Afghanistan's president."
)

# --- Baghdad car bombings (2009) ---------------------------------------------------------------
IQ_KILLED = (
    "At least 132 people were killed on Sunday after two car bombings struck the Iraqi capital of Baghdad."
)
IQ_MALIKI = "Prime Minister Nouri Maliki accused al-Qaeda of being behind the bombings."
IQ_COWARDLY = (
    "\"These cowardly terrorist attacks must not affect the determination of the Iraqi people to continue their "
    "struggle against the remnants of the dismantled regime and al-Qaeda terrorists, who committed a brutal crime "
    "against civilians,\" he said in a statement."
)
IQ_CHAOS = (
    "\"They want to cause chaos in the nation, hinder the political process and prevent the parliamentary "
    "election.\""
)

GOLD = {
    # Latin America and the UN: Chávez's General Assembly speech against the US and Bush; the US answer.
    "2006-09-21-venezuelan-president-chavez-criticises-u-s-president-bush-in": [
        P("Venezuela", "state", CH_CRITICIZED, CH_LOBBYING,
          aliases=["Hugo Chávez", "Chávez", "President Hugo Chávez", "Hugo Chavez", "Chavez"]),
        P("United States", "state", CH_CRITICIZED, CH_LOBBYING,
          aliases=["US", "US government", "U.S.", "American", "Americans", "American empire",
                   "George W. Bush", "Bush", "President Bush", "United States President w:George W. Bush"]),
        # The People's Trade Treaty bloc (Mercosur is named beside it but with no members).
        A(["Bolivia", "Venezuela", "Cuba"], "other", CH_TREATY),
        # Declared political support: Chávez defends Morales, introduced as "the worthy president of Bolivia".
        A(["Venezuela", "Bolivia"], "political_support", CH_DEFENDED),
        # Doubt: a tie Chávez alleges (the US veto shielding Israel), read as diplomatic support.
        A(["United States", "Israel"], "political_support", CH_VETO),
        X("Venezuela", "United States", "responsible for the terrible situation in the world",
          CH_CRITICIZED, CH_RESPONSIBLE, speaker="Hugo Chávez"),
        X("Venezuela", "United States",
          "the greatest terrorist threat for the world is the US government and its imperialistic policies",
          CH_TERRORIST, speaker="Hugo Chávez"),
        X("Venezuela", "United States",
          "the American empire is doing all it can to consolidate its system of domination; the hegemonic "
          "intentions of the imperialistic power are threatening the world",
          CH_BOOK, CH_DOMINATION, CH_HEGEMONIC, speaker="Hugo Chávez"),
        # CH_BOOK only names the "He" of the next sentences (Chávez).
        X("Venezuela", "United States", "the devil is right at home; the devil came here yesterday (Bush)",
          CH_BOOK, CH_DEVIL_HOME, CH_DEVIL_CAME, speaker="Hugo Chávez"),
        X("Venezuela", "United States", "talking as if he owned the world; the spokesman of imperialism",
          CH_OWNED, speaker="Hugo Chávez"),
        X("Venezuela", "United States", "a very original democracy that's imposed by weapons and bombs",
          CH_OWNED, CH_DEMOCRACY, speaker="Hugo Chávez"),
        X("Venezuela", "United States", "being a racist; Bush discriminates against Morales",
          CH_RACIST, CH_MORALES, speaker="Hugo Chávez"),
        # CH_VENEZUELA_PROPOSES names the accuser of the lower-case "he criticized" that follows it.
        X("Venezuela", "United States",
          "the immoral veto of the United States allowed the Israelis, with impunity, to destroy Lebanon",
          CH_VENEZUELA_PROPOSES, CH_VETO, speaker="Hugo Chávez"),
        X("Venezuela", "Israel", "destroy Lebanon with impunity",
          CH_VENEZUELA_PROPOSES, CH_VETO, speaker="Hugo Chávez"),
        # Doubt: a Democratic congressman answering for his country's head of state (read as the US, as a
        # minister would be), not a person criticising his own government.
        X("United States", "Venezuela", "offend our Chief of State; demeaning public attack against him",
          CH_RANGEL, CH_OFFEND, CH_DEMEANING, speaker="Charles Rangel"),
        # Not items: "Bush sharply criticized him" over the trade treaty is a judgment of a policy with no
        # allegation; "Yankee imperialist, go home" is put in the mouths of unnamed peoples; Bolton's "don't warrant
        # a response" and the US lobbying against the Security Council seat allege nothing; the "anti-democratic"
        # veto of the Permanent Five names no member but the US (covered); the Bolivian Senate president's
        # "servile democracies" remark names no accused; "The imperialists see extremists everywhere" repeats the
        # racism/extremist charge without naming the US (left out as a quote).
    ],
    # East Africa: Comoros and African Union troops invade Anjouan to topple Mohamed Bacar.
    "2008-03-26-african-troops-invade-rebel-held-island-of-anjouan": [
        P("Comoros", "state", AJ_INVADED, AJ_CAPTURED,
          aliases=["Comoros government", "Comoran", "Comoran army", "Comoran command",
                   "Ahmed Abdallah Mohamed Sambi", "Comoros president Ahmed Abdallah Mohamed Sambi"]),
        # Doubt on the name: the article never names the separatist authority; its leader, his "miltias",
        # "supporters" and "loyalists" are one side, named here after the island as the seed names Nagorno-Karabakh.
        P("Anjouan", "separatist_authority", AJ_INVADED, AJ_LOYALISTS,
          aliases=["rebel leadership of Mohamed Bacar", "Mohamed Bacar", "Bacar", "Colonel Mohamed Bacar",
                   "Colonel Bacar", "Bacar loyalists", "loyalists", "supporters of Mohamed Bacar",
                   "Bacar's miltias"]),
        P("African Union", "international_organisation", AJ_INVADED, AJ_JOINED,
          aliases=["African Union forces"]),
        # Doubt: the two states whose troops make up the African Union force are read as fighting sides; the
        # three states giving logistical support are allies only.
        P("Sudan", "state", AJ_JOINED),
        P("Tanzania", "state", AJ_JOINED),
        A(["Comoros", "African Union"], "military_support", AJ_INVADED),
        A(["Comoros", "Sudan"], "military_support", AJ_INVADED, AJ_JOINED),
        A(["Comoros", "Tanzania"], "military_support", AJ_INVADED, AJ_JOINED),
        A(["Comoros", "Libya"], "military_support", AJ_INVADED, AJ_JOINED),
        A(["Comoros", "France"], "military_support", AJ_INVADED, AJ_JOINED),
        A(["Comoros", "United States"], "military_support", AJ_INVADED, AJ_JOINED),
        # One view held by two: one item per accuser. AJ_COUP names the "he" of the elections sentence.
        X("Comoros", "Anjouan", "his own elections; the election was viewed as illegal",
          AJ_COUP, AJ_ELECTIONS, AJ_ILLEGAL),
        X("African Union", "Anjouan", "his own elections; the election was viewed as illegal",
          AJ_COUP, AJ_ELECTIONS, AJ_ILLEGAL),
        # The government spokesman (Abdourahim Said Bakar, "a government spokesman"); the crimes he must pay for
        # and the charges he is to be tried on are read as one allegation. Known gap: the quotes say
        # "government", not "Comoros".
        X("Comoros", "Anjouan", "has to pay for his crimes; trial for corruption and human rights abuses",
          AJ_CAPTURE_BACAR, AJ_CRIMES, AJ_TRIAL, speaker="Abdourahim Said Bakar"),
        X("South Africa", "Comoros",
          "denounced the operation; the use of force to solve a problem that could have been resolved with "
          "negotiations",
          AJ_MBEKI, AJ_FORCE, speaker="Thabo Mbeki"),
        # Not items: Bacar's 2001 coup is the article's own narrative; Moussa's "The invaders won't make it through"
        # is defiance; the reports that Bacar fled dressed as a woman allege no wrongdoing; reporter Berruyer's
        # remark is a journalist's; Sambi's order to "free her citizens" implies but does not state a charge.
    ],
    # Central Asia: Afghanistan says a US-led NATO air strike in Azizabad killed over 90 civilians.
    "2008-08-24-afghan-government-more-than-90-civilians-killed-by-us-airstr": [
        P("Afghanistan", "state", AF_SHAHRANI, AF_KARZAI,
          aliases=["Afghan", "Afghan government", "Afghan army", "Afghan officials", "Afghan military officials",
                   "Hamid Karzai", "Karzai"]),
        P("United States", "state", AF_SHAHRANI, AF_NIELSON, aliases=["American", "U.S.", "U.S. military", "America"]),
        # Doubt: the article's "coalition" ("the coalition conducted the air strikes", "U.S. led coalition") is
        # read as the same force as the "American led NATO" one.
        P("NATO", "international_organisation", AF_SHAHRANI, AF_BLANCHETTE,
          aliases=["coalition", "the coalition", "U.S. led coalition"]),
        # The side the strike was aimed at.
        P("Taliban", "armed_group", AF_NIELSON, AF_SIDDIQ, aliases=["Taliban insurgents", "Mullah Siddiq"]),
        A(["United States", "NATO"], "military_treaty", AF_SHAHRANI),
        # One allegation aimed at the strike's two authors: one item per accused.
        X("Afghanistan", "United States", "more than 90 civilians were killed in American led NATO air strikes",
          AF_SHAHRANI, speaker="Nematullah Shahrani"),
        X("Afghanistan", "NATO", "more than 90 civilians were killed in American led NATO air strikes",
          AF_SHAHRANI, speaker="Nematullah Shahrani"),
        # Not items: the US spokeswoman's "30 Taliban insurgents were killed" and the targeting of Mullah Siddiq
        # are the US's account of its own strike; NATO's five verified civilian deaths is an admission; the Afghan
        # army's body count and "no identification showing they are Taliban" repeat the civilian toll without
        # naming the attacker; Karzai's decree ("irresponsible and imprecise military operation") names no author
        # and comes with the firing of Afghan officers, so its accused is unclear; Karzai's appeal to the coalition
        # is a call; the religious council's "enemies of Islam" and the "Death to America" banners are not charges
        # against a named actor by a named accuser; Timor Shah's militia "allied with the Afghan police" is a tie
        # of a dead man's unnamed militia (left out); the July 6 wedding toll is the article's own report.
    ],
    # Middle East: twin car bombings in Baghdad; Prime Minister Maliki blames al-Qaeda.
    "2009-10-25-car-bombings-near-iraq-government-offices-kill-at-least-130": [
        P("Iraq", "state", IQ_KILLED, IQ_COWARDLY,
          aliases=["Iraqi", "Baghdad", "Iraqi people", "Nouri Maliki", "Prime Minister Nouri Maliki", "Maliki"]),
        P("al-Qaeda", "armed_group", IQ_MALIKI, IQ_COWARDLY, aliases=["al-Qaeda terrorists"]),
        # Known gap: the article never says Maliki is Iraq's prime minister.
        X("Iraq", "al-Qaeda", "being behind the bombings; committed a brutal crime against civilians",
          IQ_MALIKI, IQ_COWARDLY, speaker="Nouri Maliki"),
        X("Iraq", "al-Qaeda",
          "want to cause chaos in the nation, hinder the political process and prevent the parliamentary election",
          IQ_COWARDLY, IQ_CHAOS, speaker="Nouri Maliki"),
        # Not items: "the remnants of the dismantled regime" (doubt: the relative clause "who committed a brutal
        # crime" may cover them too, but the accusation sentence names al-Qaeda only) are left out as an unnamed
        # description; the authorities' warning of more attacks "by rebels" names nobody; witnesses' and the BBC's
        # accounts of the blasts allege nothing.
    ],
}
