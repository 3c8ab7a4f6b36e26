"""Hand gold for part a of the test6 split (tests/corpus/test6/, index_a.json): five 2007-2011 Wikinews articles.

Written by an independent annotator by reading each article under tests/gold/README.md, before any rule was
scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{annapolis,arabia,basra,afghanistan,bin}.conllu). Stored
versions read: annapolis, arabia and basra at commit 735dbbd74f167b4a95026527271fba0893b76d57 (untokenised, no
`# meta` lines, no `# newpar` marks), afghanistan at 16231153d3fdab7b314c374f43f2a194b5206c58 and bin at
53af30995a77b7e386e2c13da4dfa34710f911ed (both with `# meta` lines and `# newpar` marks). The body was rebuilt
from the `# text` lines: headline and dateline dropped in all five; sentences joined by one space, none where
the sentence's last token has SpaceAfter=No (bin: "...despite the death of bin Laden. \"" runs straight into
"As terrorism continues ..."); paragraphs as `# newpar` marks them (afghanistan, bin), one paragraph where the
stored version has no marks (annapolis, arabia, basra). Also dropped:
- annapolis: the pull-quote box "It's going to be hard, but you had support in that room that you had not had
  from Arab states in the past. —Condoleezza Rice" (the body repeats it, with "[in Annapolis]").
- afghanistan: the image caption "Map highlighting Farah Province within Afghanistan." / "Image: Golbez.".
- bin: the pull-quote box "Osama bin Laden suggested ... every other religion. —Angela Merkel" (the body repeats
  it) and the image caption "Barack Obama announces the news that bin Laden had been killed." / "He said it was
  \"a good day for America.\"" / "Image: White House.". The stored bin file ends after the Sarkozy paragraph.
- basra: the pull-quote box "We have been living for the last hours in hell ... since the foreign troops arrived in
  2003 —Faris Hayder" (the body repeats it); the lone `"` stored as a sentence of its own just before it is the
  closing quote of the 2006 US report sentence and is kept, joined without a space (SpaceAfter=No).
- arabia: nothing but headline and dateline; the byline-like sentence "VOA's David Gollust reports from the State
  Department." is part of the stored body and is kept.
Characters are otherwise as stored, typos kept ("come from a doctor", "last weeks attack", "U.S..", "officals",
"Prime Minster", "Bagdhad" etc.; curly apostrophes in "We’re"). Dates are the datelines; titles the
headlines; urls the stored sourceURL (afghanistan, bin) or the Wikinews title.

Regions and years: the Middle East peace talks (Annapolis, 2007), the Gulf (US arms to Saudi Arabia, 2008), Iraq's
fight with Sadr's militants (Basra, 2008; the fifth article, taken because time allowed), Central Asia
(Afghanistan, 2009), and world reactions to a counter-terrorism raid (bin Laden, 2011).

Considered and left out (slice a-c of AMALGUM_news_*; the repository listing I could read stops at "catholic",
so later c-words were not seen, beyond the ones earlier splits name):
- binyam (UK loses appeal to conceal Binyam Mohamed torture, 2010): a court case; the charges are the court's
  findings and Wikinews' own inference ("implies that ... Lewis misled"), with a pull-quote and a reader-poll
  box mixed into the body; little between states or groups that the guidelines would annotate.
- castro (Castro recovering following surgery, 2006): a health bulletin, no dispute.
- bangladesh (Wikinews Shorts, April 22, 2007): a digest of unrelated briefs.
- argentina (Argentina beat Mexico, 2006): football.
- boycott (Dublin mayor suggests Eurovision boycott, 2018): a city mayor and two MEPs, no dispute between states
  or groups at its centre; long.
- the words the brief excludes (abdelbaset, ahmadinejad, airstrikes, annan, anjouan, armed, betancourt, bomber,
  bombings, ceasefire, chavez, civilians, congo, coup) were not opened.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- Annapolis Conference, Israel and the Palestinians (2007) ------------------------------------
AN_CONCLUSION = (
    "At the conclusion of the Annapolis Conference, United States President George W. Bush read a statement of "
    "joint understanding by Prime Minister Ehud Olmert, and President Mahmoud Abbas."
)
AN_BUSH_SAID = (
    "Commenting on the statement, President Bush said that: \"Today, Palestinians and Israelis each understand "
    "that helping the other to realize their aspirations is key to realizing their own aspirations—and both "
    "require an independent, democratic, viable Palestinian state."
)
AN_MEET = (
    "Regarding the immediate future, the joint statement said: \"President Abbas and Prime Minister Olmert will "
    "continue to meet on a bi-weekly basis to follow up the negotiations in order to offer all necessary "
    "assistance for their advancement.\""
)
AN_DOUBTS = "There are also doubts about how hard Bush will push them."
AN_ALLIANCE_IRAN = "\"They came because they need a strategic alliance with the United States against Iran.\""
AN_AIRCRAFT = (
    "Also, today, Israeli aircraft targeted a Hamas base in the Gaza Strip, killing two Hamas members and "
    "wounding more than 10 others, according to Palestinian officials."
)

# --- US arms sale to Saudi Arabia (2008) ----------------------------------------------------------
SA_NOTIFIED = (
    "The Bush administration officially notified Congress Monday of its intention to sell sophisticated "
    "precision-guided bombs to Saudi Arabia."
)
SA_ACTION = (
    "The action, coinciding with President Bush's visit to Saudi Arabia, is part of a broader U.S. effort to "
    "bolster Gulf allies in the face of a more assertive Iran."
)
SA_DEAL = (
    "Under the proposed deal, worth more than $120 million, the United States would provide Saudi Arabia with 900 "
    "kits and associated equipment to convert conventional gravity bombs into GPS-guided smart-bombs, known as "
    "JDAMs."
)
SA_PACKAGE = (
    "The sale is part of a broader $20-billion arms package for Saudi Arabia and other Gulf states announced by "
    "Secretary of State Condoleezza Rice and Defense Secretary Robert Gates last August on a mission to the Gulf, "
    "aimed at shoring up U.S. allies concerned about Iranian influence in the region."
)
SA_PATRIOT = (
    "Several elements of the broader package including sales of Patriot anti-missile systems to Kuwait and the "
    "United Arab Emirates, and upgrades for Saudi Arabia's AWACS airborne command and control planes, have "
    "already gotten congressional assent."
)
SA_ISRAEL_PACKAGE = (
    "At the time the Gulf weapons sales package was announced last year, the Bush administration also committed "
    "to a 10-year, $30-billion arms package for Israel, representing a 25 per cent increase in annual U.S. arms "
    "aid to that country."
)
SA_COMMITMENTS = (
    "\"We've spent a lot of time assuring that we abide by our commitments to a qualitative military edge for "
    "Israel,\" said Sean McCormack."
)

# --- White phosphorus claim in Afghanistan (2009) ------------------------------------------------
AF_INVESTIGATING = (
    "The Afghanistan Independent Human Rights Commission is investigating claims that the United States used "
    "white phosphorus bombs in an attack against Taliban militants on May 4."
)
AF_CLAIM = (
    "The claim that the US used phosphorus bombs come from a doctor at a burn hospital in Herat that treated "
    "victims of the attack."
)
AF_JALALI = (
    "Dr. Mohammad Aref Jalali says that many of the injured people from the Bala Baluk village in Farah Province, "
    "had \"unusual\" burns on their bodies."
)
AF_JONES = (
    "General James L. Jones, a U.S. security adviser for the military in Afghanistan apologized for the loss of "
    "civilians, but also said that the Taliban is using them as \"human shields.\""
)
AF_US_SAID = (
    "The U.S. also said that the Taliban had, in the past, used or possessed white phosphorus in at least 44 "
    "previous incidents."
)
AF_INSURGENTS = "\"The insurgents possess and use white phosphorus as a weapon against people."
AF_JULIAN = (
    "It's a law of war that we adhere to but the insurgents blatantly violate,\" said Colonel Greg Julian, a "
    "spokesman for the U.S. military in Afghanistan."
)
AF_KARZAI = (
    "Afghanistan's president, Hamid Karzai criticized last weeks attack saying the U.S. is losing the \"moral\" "
    "battle with Afghanistan in terms of civilian deaths."
)
AF_CORRECT = (
    "The U.S. military said it would work to correct any errors they make when fighting with Taliban militants."
)

# --- World reactions to the killing of Osama bin Laden (2011) ------------------------------------
BL_LEADERS = (
    "Leaders and officals around the world have issued varied reactions to the announcement that Osama bin Laden "
    "has been killed during a U.S. military operation in Pakistan."
)
BL_OBAMA = (
    "Announcing that the al-Qaeda leader had been killed by U.S. special forces during a forty-minute raid on a "
    "compound in Abbottabad, near the capital Islamabad, U.S. President Barack Obama said it was \"a good day for "
    "America.\""
)
BL_UN_EP = "The U.N. and the European Parliament also welcomed the news."
BL_BAN = "Ban Ki-moon, the U.N. secretary general, said:"
BL_WATERSHED = (
    "\"The death of Osama bin Laden, announced by President Obama last night, is a watershed moment in our common "
    "global fight against terrorism."
)
BL_CRIMES = (
    "The crimes of al-Qaeda touched most continents, bringing tragedy and loss of life to thousands of men, women "
    "and children.\""
)
BL_CAMERON = (
    "David Cameron, the British Prime Minister, said the news \"will be welcomed right across our country\" and was "
    "a \"massive step forward,\" but warned the death of bin Laden \"does not mark the end of the threat we face "
    "from extremist terror.\""
)
BL_BERLUSCONI = (
    "Italian Prime Minster Silvio Berlusconi said: \"This is a great outcome in the fight against evil, in the "
    "fight against terrorism, a great outcome for the United States and for all democracies\"."
)
BL_MERKEL = (
    "Angela Merkel, the German chancellor, said the killing of bin Laden was a \"decisive strike\" at al-Qaeda."
)
BL_COMMAND = (
    "\"At his command and in his name, terror was enforced into many countries against men women and children, "
    "Christians as well as Muslims,\" she said."
)
BL_MOCKERY = (
    "\"Osama bin Laden suggested that he was operating in the name of Islam, but in reality he makes a mockery of "
    "the fundamental values of his own and every other religion.\""
)
BL_JIANG = "Chinese spokeswoman Jiang Yu said \"China has taken note of the announcement."
BL_MILESTONE = (
    "We believe the death of Osama bin Laden is a milestone and a positive development for the international "
    "anti-terrorism efforts.\""
)
BL_JAPAN = "Japan, Malaysia and Singapore also welcomed the news."
BL_AUSTRALIA = "Australia pledged not to withdraw forces from Afghanistan after the announcement."
BL_GILLARD = (
    "\"Osama bin Laden declared war on innocent people and today he has paid the price for that declaration,\" "
    "Julia Gillard, the Prime Minister, said."
)
BL_SARKOZY = (
    "Nicolas Sarkozy, the President of France, said bin Laden was a \"promoter of the ideology of hatred and was "
    "the chief of a terrorist organization responsible for the deaths of thousands of victims, especially in "
    "Muslim countries,\" and \"justice has been done\" for the victims of al-Qaeda attacks."
)

# --- Iraqi forces against Sadr's militants in Basra (2008) ---------------------------------------
BA_BATTLED = (
    "On Wednesday, Iraqi security forces (ISF) battled militants who have been described as loyal to Shia cleric "
    "Muqtada al-Sadr in Basra, Iraq's main seaport and the country's third largest city."
)
BA_US_SOLDIERS = "Agence France-Presse reported that two United States soldiers were killed in the capital city."
BA_MALIKI = (
    "Prime Minister Nouri al-Maliki has been in Basra since Monday to personally supervise Operation Sulat "
    "al-Fursan (Knights Charge) which the authorities described as designed to reimpose law and order."
)
BA_RESTRAINT = (
    "\"We [the US] shall continue to show restraint on those who have undertaken Muqtada al-Sadr's pledge.\""
)
BA_REPORT = (
    "A 2006 US report, however, called al-Sadr's Mahdi Army a \"most dangerous accelerant of potentially "
    "self-sustaining sectarian violence in Iraq.\""
)

GOLD = {
    # Middle East: the Annapolis Conference ends with an Israeli-Palestinian joint statement read by Bush.
    "2007-11-28-statement-of-joint-understanding-released-after-annapolis-co": [
        P("Israel", "state", AN_CONCLUSION, AN_AIRCRAFT,
          aliases=["Israelis", "Israeli", "Prime Minister Ehud Olmert", "Ehud Olmert", "Olmert", "Israeli aircraft"]),
        P("Palestine", "state", AN_CONCLUSION, AN_BUSH_SAID,
          aliases=["Palestinians", "Palestinian", "President Mahmoud Abbas", "Mahmoud Abbas", "Abbas",
                   "Palestinian team", "Palestinian officials"]),
        # The side the Israeli air strike targeted.
        P("Hamas", "armed_group", AN_AIRCRAFT, aliases=["Hamas members"]),
        # Host of the conference; reads the joint statement; "how hard Bush will push them".
        M("United States", AN_CONCLUSION, AN_DOUBTS),
        # "according to Palestinian officials": the Palestinian side, no speaker (as "according to Armenian
        # sources" in the guidelines).
        X("Palestine", "Israel",
          "Israeli aircraft targeted a Hamas base in the Gaza Strip, killing two Hamas members and wounding more "
          "than 10 others",
          AN_AIRCRAFT),
        # Not items: the Olmert-Abbas joint statement is an undertaking between the two sides to negotiate, not a
        # standing tie (doubt: the guidelines count a joint declaration as a bloc, but their example is of allies);
        # the Palestinian adviser's "strategic alliance with the United States against Iran" ties the US to "the
        # Arabs" / "Arab states", no state the article names (left out); Iran is only "absent"; the analysts'
        # doubts (Miller, Alterman, Riedel, Levy) are think-tank judgments; the West Bank protesters and the
        # "security forces" who fired into the air are unnamed; Rice's "support ... from Arab states" names no
        # state.
    ],
    # The Gulf: the US notifies Congress of a smart-bomb sale to Saudi Arabia, aimed at Iran; Israel's edge kept.
    "2008-01-15-us-to-sell-precision-guided-bombs-to-saudi-arabia": [
        P("United States", "state", SA_NOTIFIED, SA_ACTION,
          aliases=["U.S.", "Bush administration", "the administration", "President Bush", "Bush",
                   "Secretary of State Condoleezza Rice", "Defense Secretary Robert Gates", "State Department",
                   "Sean McCormack", "McCormack"]),
        P("Saudi Arabia", "state", SA_NOTIFIED, SA_DEAL, aliases=["Saudi", "Saudi Air Force", "Saudi government"]),
        # Doubt: Iran takes no part in the article; it is the side the arms package is aimed against ("in the face
        # of a more assertive Iran"), read as the other side of the dispute.
        P("Iran", "state", SA_ACTION, SA_PACKAGE, aliases=["Iranian"]),
        A(["United States", "Saudi Arabia"], "military_support", SA_NOTIFIED, SA_DEAL),
        # SA_PACKAGE names the US for the "broader package" that SA_PATRIOT's sales belong to.
        A(["United States", "Kuwait"], "military_support", SA_PACKAGE, SA_PATRIOT),
        A(["United States", "United Arab Emirates"], "military_support", SA_PACKAGE, SA_PATRIOT),
        A(["United States", "Israel"], "military_support", SA_ISRAEL_PACKAGE, SA_COMMITMENTS),
        # Not items: "Critics of the package have faulted Saudi Arabia's record" names no critic; the "concerns" of
        # "some congressional supporters of Israel" and Weiner's planned resolution of disapproval allege nothing;
        # McCormack's "quantum leaps" is praise; "Gulf allies" / "other Gulf states" name no further state; Israel
        # "has not protested" and expects a newer bomb (covered by the US-Israel tie).
    ],
    # Middle East: Iraqi forces fight militants loyal to Muqtada al-Sadr in Basra; the US keeps its distance.
    "2008-03-27-iraqi-forces-battle-militants-in-basra-for-second-day": [
        P("Iraq", "state", BA_BATTLED, BA_MALIKI,
          aliases=["Iraqi", "Iraqi security forces", "ISF", "Iraqi government", "Iraqi authorities",
                   "the authorities", "Prime Minister Nouri al-Maliki", "Nouri al-Maliki", "Maliki",
                   "Maliki government", "the prime minister"]),
        # Doubt on the name: the article's fighters are "militants ... loyal to Shia cleric Muqtada al-Sadr"; its
        # only named armed group of al-Sadr is the Mahdi Army (which Bergner says the fight is not against).
        P("Mahdi Army", "armed_group", BA_BATTLED, BA_REPORT,
          aliases=["militants", "the militants", "Muqtada al-Sadr", "al-Sadr", "Sadr", "Sadrists", "Sadr officials",
                   "al-Sadr's Mahdi Army", "al-Sadr's Basra office"]),
        # Doubt: US soldiers are killed in the fighting in Baghdad and the US "shall continue to show restraint",
        # read as a side; its spokesman insists the operation is Iraq's, so no alliance is annotated.
        P("United States", "state", BA_US_SOLDIERS, BA_RESTRAINT, aliases=["US", "Kevin Bergner", "Bergner"]),
        X("United States", "Mahdi Army",
          "a most dangerous accelerant of potentially self-sustaining sectarian violence in Iraq", BA_REPORT),
        # Not items: Maliki's ultimatum ("will face the most severe penalties") is a threat, not a charge; Bergner's
        # "criminals in the streets with weapons" is aimed, in his words, at no named group ("neither a battle
        # against the Mahdi Army"); his denial of "a proxy war against Iran" accuses nobody; the talks between
        # Maliki and the Sadr office are direct (no mediator); Sadr's past role in "Maliki's rise to power" is a
        # former tie; the United Kingdom's patrols ended in 2007; the "other Shia groups that currently support
        # Maliki" are unnamed and the Supreme Islamic Iraqi Council's "power struggle with Sadr" is an analyst's
        # reading (Cordesman, al-Nuaeimi: think-tank and analyst judgments); the resident's account alleges
        # nothing.
    ],
    # Central Asia: a claim that the US used white phosphorus in Farah; the US blames the Taliban.
    "2009-05-11-rights-group-in-afghanistan-investigating-claim-of-us-use-of": [
        P("United States", "state", AF_INVESTIGATING, AF_CORRECT,
          aliases=["US", "U.S.", "U.S. officials", "U.S. military", "General James L. Jones", "Jones",
                   "Colonel Greg Julian"]),
        P("Taliban", "armed_group", AF_INVESTIGATING, AF_JONES,
          aliases=["Taliban militants", "insurgents", "the insurgents"]),
        # Doubt: Afghanistan only criticises the attack, but the attack was on its soil and killed its civilians
        # (read as a side, as the test5 Azizabad gold reads it).
        P("Afghanistan", "state", AF_KARZAI, aliases=["Afghanistan's president", "Hamid Karzai"]),
        # Doubt: a private person (the Herat burn-hospital doctor) is the accuser the article names for its central
        # claim; kept as a person acting for no state or group.
        X("Mohammad Aref Jalali", "United States", "the US used phosphorus bombs", AF_CLAIM, AF_JALALI),
        X("United States", "Taliban", "the Taliban is using them (civilians) as human shields",
          AF_JONES, speaker="James L. Jones"),
        # One allegation said twice (the US's 44 incidents, and its spokesman's "possess and use ... as a weapon",
        # "blatantly violate" the law of war).
        X("United States", "Taliban",
          "used or possessed white phosphorus in at least 44 previous incidents; the insurgents possess and use "
          "white phosphorus as a weapon against people",
          AF_US_SAID, AF_INSURGENTS, AF_JULIAN, speaker="Greg Julian"),
        X("Afghanistan", "United States",
          "criticized last weeks attack; the U.S. is losing the moral battle with Afghanistan in terms of civilian "
          "deaths",
          AF_KARZAI, speaker="Hamid Karzai"),
        # Not items: the rights commission only investigates; "The attack is reported to have killed over 100
        # civilians" and "It is reported that the bombs ... were made in the U.S." are passive; the US denials and
        # Jones's apology; Israel's confirmed use of white phosphorus in Gaza is an admission in a background
        # paragraph (no accuser); the Palestinian and Israeli death tolls are the article's own report.
    ],
    # World: leaders react to the killing of Osama bin Laden by US forces; charges against al-Qaeda's leader.
    "2011-05-03-world-leaders-react-to-death-of-osama-bin-laden": [
        P("United States", "state", BL_LEADERS, BL_OBAMA,
          aliases=["U.S.", "U.S. special forces", "America", "U.S. President Barack Obama", "Barack Obama", "Obama",
                   "President Obama"]),
        P("al-Qaeda", "armed_group", BL_OBAMA, BL_CRIMES,
          aliases=["Osama bin Laden", "bin Laden", "the al-Qaeda leader"]),
        # Doubt: declared approval of the US operation read as political support (as "Netanyahu found the air
        # strike justified"), one item per state or body that welcomes or praises it. BL_LEADERS names the US
        # operation the news is about.
        A(["United Kingdom", "United States"], "political_support", BL_LEADERS, BL_CAMERON),
        A(["Italy", "United States"], "political_support", BL_BERLUSCONI),
        A(["Germany", "United States"], "political_support", BL_LEADERS, BL_MERKEL),
        A(["China", "United States"], "political_support", BL_LEADERS, BL_JIANG, BL_MILESTONE),
        A(["Japan", "United States"], "political_support", BL_LEADERS, BL_JAPAN),
        A(["Malaysia", "United States"], "political_support", BL_LEADERS, BL_JAPAN),
        A(["Singapore", "United States"], "political_support", BL_LEADERS, BL_JAPAN),
        A(["France", "United States"], "political_support", BL_LEADERS, BL_SARKOZY),
        A(["Australia", "United States"], "political_support", BL_LEADERS, BL_AUSTRALIA, BL_GILLARD),
        A(["United Nations", "United States"], "political_support", BL_LEADERS, BL_UN_EP, BL_WATERSHED),
        A(["European Parliament", "United States"], "political_support", BL_LEADERS, BL_UN_EP),
        X("United Nations", "al-Qaeda",
          "the crimes of al-Qaeda touched most continents, bringing tragedy and loss of life to thousands",
          BL_BAN, BL_CRIMES, speaker="Ban Ki-moon"),
        X("Germany", "al-Qaeda",
          "at his command and in his name, terror was enforced into many countries against men women and children",
          BL_MERKEL, BL_COMMAND, speaker="Angela Merkel"),
        X("Germany", "al-Qaeda", "he makes a mockery of the fundamental values of his own and every other religion",
          BL_MERKEL, BL_MOCKERY, speaker="Angela Merkel"),
        # BL_AUSTRALIA names the state of the Prime Minister who speaks next.
        X("Australia", "al-Qaeda", "Osama bin Laden declared war on innocent people",
          BL_AUSTRALIA, BL_GILLARD, speaker="Julia Gillard"),
        X("France", "al-Qaeda",
          "a promoter of the ideology of hatred; the chief of a terrorist organization responsible for the deaths "
          "of thousands of victims",
          BL_SARKOZY, speaker="Nicolas Sarkozy"),
        # Not items: Cameron's "the threat we face from extremist terror" and Berlusconi's "the fight against evil"
        # name no accused; NATO's and Australia's pledges to stay in Afghanistan tie them to no named state (NATO's
        # "allies and partners" are unnamed) and the Afghan war is not the article's centre; "Several Asian
        # countries" are unnamed; Pakistan is only the place of the raid; Gillard's al-Qaeda "will continue" is a
        # warning, not a charge.
    ],
}
