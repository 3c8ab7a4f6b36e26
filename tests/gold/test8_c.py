"""Hand gold for part c of the test8 split (tests/corpus/test8/, index_c.json): three Wikinews articles, 2008-2016.

Written by an independent annotator (part c, AMALGUM file words m-r) by reading each article under
tests/gold/README.md, before any rule was scored on them and without running the tool, opening its code or reading
its rules; quotes are copied by hand from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{parliament,madagascar,responds}.conllu). Stored versions read:
parliament at commit 735dbbd74f167b4a95026527271fba0893b76d57 and madagascar at
2dcbcbeffb9192941645e52ba0635469ed8bb91b (both without `# meta` lines and without `# newpar` marks, so each body is
one paragraph, the address is built from the headline, ' as %27 and , as %2C); responds at
16231153d3fdab7b314c374f43f2a194b5206c58 (with `# meta` lines, whose sourceURL is the address given, and `# newpar`
marks, which give its twelve paragraphs). Dates are the datelines (parliament Monday, December 15, 2008; madagascar
Tuesday, March 17, 2009; responds Saturday, December 31, 2016, a day after the corpus's dateCreated); titles are the
headlines. The body was rebuilt from the `# text` lines: headline and dateline dropped in all three; sentences joined
by one space, none where the sentence's last token has SpaceAfter=No (responds: the lone `"` sentence before "The
United States and friends and allies ...", and "... the U.S. electoral process. \"" + "Putin believed ...";
parliament: "... for such an action. \"" + "The president was speaking ..."); a final newline. Also dropped:
- responds: the three image boxes (`# newpar = figure | caption`): "Donald Trump last year, from file." / "Image:
  Michael Vadon."; "File photo of Vladimir Putin, 2003." / "Image: Ricardo Stuckert/ABr."; "The CIA's Virginia HQ,
  from file." / "Image: Carol M. Highsmith.".
- madagascar: the pull-quote box "After deep reflection, I have decided to dissolve the government and give up power
  so that a military directorate can be established —Madagascan President Marc Ravalomanana" (the body quotes it
  again) and the image caption "Eco-tourists visit Madagascar to see its unique wildlife." / "Image: Bernard
  Gagnon.".
- parliament: nothing but headline and dateline.
Characters are otherwise as stored, typos kept ("Sergei Largov" for Russia's foreign minister, "several G.S.U.
officials" beside "G.R.U.", "The overall tone from the Moscow", "via an text message", "Somali-backed troops").

Regions and years: the Horn of Africa (Somalia's transitional government split over the peace process with the ARS,
2008), southern Africa / Indian Ocean (the 2009 Madagascan coup), the United States and Russia (expulsions and
sanctions over election hacking, 2016).

How the slice was searched: find_files lists only the first hundred files of amalgum/news/dep (a-c), so m-r files
were looked up by exact path, one guessed word at a time (42 guesses, 7 in the folder; about 57 look-ups in all,
reads and listing attempts included).
Considered and left out:
- opens ("Twelve dead at Brazilian school after man opens fire", 2011): a school shooting, no dispute between
  states or groups.
- rally ("Riots break out at Neo-Nazi rally in Toledo, Ohio", 2005): a domestic riot.
- murder ("Brazilian footballer, ex-policeman among seven arrested for 'barbaric' murder", 2010): a criminal case.
- pipeline ("Protesters arrested after barricading themselves inside portion of Keystone Oil Pipeline", 2012): a
  domestic protest against a company.
- parliament was kept although its centre is a dispute inside Somalia's transitional government (president against
  prime minister and parliament): it is about the UN-sponsored peace process with the ARS and the insurgency, and
  was the third conflict article found within the look-up budget. No fourth article was found.
- Words tried that are not in the folder: missiles, protests, mortar, ministers, offers, mosque, marines, marine,
  pirate, referendum, peacekeeper, prime, proposes, reaches, mourns, returns, praises, ousted, reports, plane,
  republic, renews, russia, nkunda, naval, mission, resigns, mutiny, occupied, promises, maoists, monks, niger,
  nagorno, qaddafi. The words the brief excludes and those earlier parts name as used, considered or tried (among
  them mercenary, pentagon, lords, reuters, obama, mugabe, opposition, russian, pakistan, qaeda, nuclear, refugees,
  protest, north, pyongyang, rwanda, peacekeepers, rocket, minister, moscow, medvedev, offensive, mogadishu,
  negotiations, mubarak, militants, militia, nato, peace, military, missile, pirates, police) were not opened.
- Same-event check: no title of tests/corpus/*/index.json is about these three events (test5's Somali shelling of
  2009-10-22 and test6's Somali pirates are other events; test5's "Putin calls US troops in Poland a threat",
  2017-01-13, is another dispute).

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, M, P, X

# --- Somalia: parliament blocks the president's dismissal of the prime minister (2008) -----------------------
SO_VOTED = (
    "Somalia's parliament overwhelmingly voted Monday to keep Nur Hassan Hussein as their prime minister, blocking "
    "President Abdullahi Yusuf Ahmed's attempt at dismissing the prime minister and his \"corrupt, inefficient\" "
    "government."
)
SO_MOTION = (
    "President Yusuf announced his motion to dismiss Hussein on Sunday, saying his government was \"unable to "
    "perform its duties\" in matters such as dealing with the Islamic militants who have taken over most of the "
    "country."
)
SO_ARS = (
    "The latest dispute between the two involved efforts to reconcile with the Alliance for the Re-liberation of "
    "Somalia (ARS), the country's main opposition group."
)
SO_DECRIED = "The UN-sponsored peace process has been decried by Yusuf as dealing with terrorists."
SO_COUNTERED = (
    "Hussein countered that the president had no authority to strip the prime minister of his post, and that the "
    "transitional federal charter required the approval of parliament for such an action."
)
SO_CAPACITY = (
    "The president was speaking in his usual personal capacity, contrary to the rules and regulations,\" Hussein "
    "said prior to the special parliamentary session in Baidoa."
)
SO_SUPPORTIVE = (
    "Despite Yusuf's hope that the parliament would endorse his decision, members of parliament were strongly "
    "supportive of Hussein's government, with 143 members recognizing the government's legitimacy, 20 rejecting its "
    "legitimacy and 7 abstaining."
)
SO_LEGITIMATE = (
    "\"Therefore the government of Hassan Hussein is legitimate,\" said Aden Mohamed Nur, the parliamentary speaker."
)
SO_OBSTACLE = (
    "\"The only obstacle in front of my government was the president,\" Hussein told members of parliament after the "
    "vote, \"and since I have the confidence of the MPs I hope it will be effective henceforth.\""
)
SO_BLAMED = (
    "Yusuf has blamed the prime minister for the instability plaguing the politically fragile state, while Hussein "
    "has accused the president of trying to \"sabotage\" peace efforts between the transitional government and the "
    "ARS."
)
SO_FIGHTING = (
    "Fighting between the Islamic opposition and Somali-backed troops from Ethiopia, the African Union, and the UN "
    "has killed thousands of Somalis and displaced millions."
)
SO_PING = (
    "Jean Ping, chairman of the African Union Commission, said the dispute within the transitional government has "
    "the potential of undermining efforts for \"further reconciliation, peace, and stability in Somalia.\""
)
SO_HARDLINERS = (
    "Although moderate Islamists from the ARS have agreed to enter into reconciliation talks, hardliner insurgents "
    "have rejected the attempts at peace and continue to take over towns in the central and northern regions of "
    "Somalia."
)
SO_SHABAAB = (
    "Since the fall of the Islamic Courts Union, organizations like Al-Shabaab have become leading insurgent groups."
)
SO_SHARIA = (
    "A spokesman for Al-Shabaab told reporters on Sunday that they intend to impose Sharia law on all of Somalia, and "
    "that a peace deal would never be accepted."
)

# --- Madagascar: the president resigns in favour of the military, which backs the opposition leader (2009) ------
MD_LEAD = (
    "Leadership in Madagascar is unclear as Madagascan President Marc Ravalomanana announced his resignation in favor "
    "of a military committee headed by Vice Admiral Hyppolite Ramaroson, only to have that resignation rejected by "
    "the Admiral, the military and opposition political groups."
)
MD_BACK = (
    "Admiral Ramaroson joined other military leaders in saying they would back opposition leader, former "
    "Antananarivo mayor and former DJ Andry Rajoelina."
)
MD_ARREST = (
    "The true extent of the Army's loyalty to Mr Rajoelina is unclear, as reportedly the military refused to arrest "
    "President Ravalomanana despite orders from Mr Rajoelina."
)
MD_PALACE = (
    "Mr Rajoelina installed himself in the Presidential Palace in upper Antananarivo, which troops had seized "
    "yesterday."
)
MD_ILLEGITIMATE = (
    "A cabinet loyal to him has been in operation since the end of January, when Mr Rajoelina proclaimed Mr "
    "Ravalomanana's rule to be illegitimate."
)
MD_ACCUSES = (
    "The Madagascan opposition accuses Mr Ravalomanana of mismanaging the country while restricting personal "
    "freedoms."
)
MD_CHIEF = (
    "Madagascan Army Chief of Staff Colonel Andre Ndriarijaona has declared his support for Rajoelina and says that "
    "\"99% of the forces are behind\" the opposition leader."
)
MD_AU = (
    "The African Union, meanwhile, reiterated its position that a military takeover in Madagascar would be "
    "considered a coup d'etat, which could result in \"firm measures\" such as Madagascar's suspension from the "
    "organization or a blocking of international aid, and urged the military to obey the country's constitution, "
    "which bars Mr Rajoelina from the presidency due to his age, and not hand power over to the former mayor, "
    "instead suggesting that power could be given to Madagascan Prime Minister General Charles Rabemananjara."
)

# --- United States / Russia: expulsions and sanctions over election hacking (2016) ---------------------------
US_EXPELLED = (
    "On Thursday, the U.S. government expelled 35 diplomats suspected of being Russian spies, and sanctioned the "
    "G.R.U. and F.S.B. intelligence agencies."
)
US_CIA = (
    "This is one of many actions the Obama administration has taken in response to a CIA report issued two weeks "
    "ago that concluded the Russian government hacked servers belonging to the U.S. Republican and Democratic "
    "parties."
)
US_TURN = (
    "The CIA report said this was to turn the 2016 presidential election toward president-elect Donald Trump."
)
US_GRATA = (
    "The alleged spies have been declared \"persona non grata\"; they and their families have until Sunday to leave "
    "U.S. soil but are not under arrest."
)
US_OBAMA = (
    "The United States and friends and allies around the world must work together to oppose Russia's efforts to "
    "undermine established international norms of behavior, and interfere with democratic governance,\" said Obama."
)
US_RESPONSIBLE = "The CIA would later name the Russian government responsible."
US_GOAL = (
    "One U.S. intelligence official told Reuters this asymmetrical release of information is why the CIA concluded "
    "the goal of the hack was to help Trump win the election rather than simply to disrupt the U.S. electoral "
    "process."
)
US_FRIENDLIER = (
    "Putin believed he would be much friendlier to Russia, especially on the matter of economic sanctions,\" said "
    "another."
)
US_HARSH = (
    "The U.S. State Department issued a statement saying the expulsions were also in retaliation for harsh treatment "
    "of U.S. diplomats in Russia, citing police stops, assaults, and the public disclosure of their personal "
    "information on television."
)
US_COMPOUNDS = (
    "The U.S. State Department also called for the closure of two compounds, one in Glen Cove, New York and one in "
    "Maryland near Washington D.C., where Russian diplomats go to play tennis and relax, saying they are used for "
    "\"intelligence activities.\""
)
US_CHURKIN = (
    "Russia's United Nations ambassador, Vitaly Churkin, criticized the decision, citing the families with children "
    "who are currently there for the Christmas holiday."
)
US_LARGOV = (
    "Vladimir Putin's Foreign Minister, Sergei Largov, suggested Russia expel 35 U.S. diplomats, a form of "
    "retaliation that would have been typical during the Cold War."
)
US_WARM = (
    "Trump enjoys a warm relationship with Russian president Vladimir Putin expressing both admiration for Putin "
    "personally and tolerance of his official decisions, such as the Russian military action in Crimea."
)
US_RYAN = (
    "Speaker of the House Paul Ryan said Russia has paid only a \"small price\" for the hack, asserting that Obama has "
    "been too soft on Russia throughout his presidency."
)
US_SMART = (
    "Trump has praised Putin's decision to wait until Barack Obama is out of office before responding to these "
    "sanctions as \"very smart.\""
)

GOLD = {
    # Somalia: the president's failed dismissal of the prime minister, over the UN-sponsored talks with the ARS.
    "2008-12-15-somali-parliament-rejects-president-s-dismissal-of-prime-min": [
        P("Somalia", "state", SO_BLAMED, SO_FIGHTING,
          aliases=["Somali", "transitional government", "the transitional government"]),
        # Doubt (this and the next two parties): the president, the prime minister and the parliament all belong to
        # Somalia's transitional government; they are kept apart because the article's dispute is between them
        # (as the guidelines keep a person criticising his own government apart from the state).
        P("Abdullahi Yusuf Ahmed", "person", SO_VOTED, SO_MOTION,
          aliases=["President Abdullahi Yusuf Ahmed", "President Yusuf", "Yusuf", "the president", "president"]),
        P("Nur Hassan Hussein", "person", SO_VOTED, SO_COUNTERED,
          aliases=["Hussein", "Hassan Hussein", "the prime minister", "prime minister"]),
        P("Somali parliament", "government_body", SO_VOTED, SO_SUPPORTIVE,
          aliases=["Somalia's parliament", "parliament", "the parliament", "members of parliament", "MPs",
                   "Aden Mohamed Nur", "the parliamentary speaker"]),
        # Doubt on the kind: "the country's main opposition group", Islamist; read as a side of the fighting
        # ("the Islamic opposition") as well as of the talks.
        P("Alliance for the Re-liberation of Somalia", "armed_group", SO_ARS, SO_HARDLINERS,
          aliases=["ARS", "the country's main opposition group", "moderate Islamists"]),
        # Doubt on the aliases: "hardliner insurgents" and "insurgent groups" are tied to "organizations like
        # Al-Shabaab", not to Al-Shabaab alone.
        P("Al-Shabaab", "armed_group", SO_SHABAAB, SO_SHARIA,
          aliases=["hardliner insurgents", "insurgent groups"]),
        # Doubt (Ethiopia and the African Union): named once, as troops fighting the Islamic opposition; read as
        # sides of the fighting behind the dispute.
        P("Ethiopia", "state", SO_FIGHTING),
        P("African Union", "international_organisation", SO_FIGHTING, SO_PING,
          aliases=["African Union Commission", "Jean Ping"]),
        # Doubt: "UN-sponsored" read as sponsoring (brokering) the talks between the government and the ARS, though
        # SO_FIGHTING also names troops "from ... the UN".
        M("United Nations", SO_DECRIED, SO_ARS),
        # Doubt: "Somali-backed troops from Ethiopia, the African Union, and the UN": troops on the government's side;
        # one tie per supporter.
        A(["Ethiopia", "Somalia"], "military_support", SO_FIGHTING),
        A(["African Union", "Somalia"], "military_support", SO_FIGHTING),
        A(["United Nations", "Somalia"], "military_support", SO_FIGHTING),
        # Doubt: the parliament's vote and speaker's statement for Hussein's government read as declared political
        # support.
        A(["Somali parliament", "Nur Hassan Hussein"], "political_support", SO_SUPPORTIVE, SO_LEGITIMATE),
        # The accusers below are persons (parties of their own here), so no speaker is given.
        # One allegation said two ways: the government is corrupt and inefficient, unable to perform its duties.
        X("Abdullahi Yusuf Ahmed", "Nur Hassan Hussein",
          "the prime minister and his corrupt, inefficient government; his government was unable to perform its "
          "duties",
          SO_VOTED, SO_MOTION),
        # Labelling the ARS terrorists (the peace process is the reconciliation with the ARS, SO_ARS).
        X("Abdullahi Yusuf Ahmed", "Alliance for the Re-liberation of Somalia",
          "the UN-sponsored peace process decried as dealing with terrorists",
          SO_ARS, SO_DECRIED),
        X("Abdullahi Yusuf Ahmed", "Nur Hassan Hussein",
          "the instability plaguing the politically fragile state",
          SO_BLAMED),
        X("Nur Hassan Hussein", "Abdullahi Yusuf Ahmed",
          "trying to sabotage peace efforts between the transitional government and the ARS",
          SO_BLAMED),
        # Doubt: a rebuttal of the dismissal that charges the president with acting beyond his authority, read as
        # an accusation.
        X("Nur Hassan Hussein", "Abdullahi Yusuf Ahmed",
          "the president had no authority to strip the prime minister of his post; speaking in his usual personal "
          "capacity, contrary to the rules and regulations",
          SO_COUNTERED, SO_CAPACITY),
        # Doubt: could be read as the same charge as the sabotage item; kept apart (obstructing the government,
        # not the peace efforts).
        X("Nur Hassan Hussein", "Abdullahi Yusuf Ahmed",
          "the only obstacle in front of my government was the president",
          SO_OBSTACLE),
        # Not items: "he faced accusations of embezzling state funds" (passive, no accuser); Ping's warning that the
        # dispute could undermine efforts for peace and the UN statement "condemning the dispute" (no accused); the
        # demonstrators' denunciation of "the president's move" (unnamed accusers, a judgment of a decision); the
        # speaker's "the government of Hassan Hussein is legitimate" (support, under the alliance); Al-Shabaab's
        # intent to impose Sharia law and refusal of a peace deal (a stance, no allegation); "Islamic militants who
        # have taken over most of the country" (the article's own report).
    ],
    # Madagascar: the president hands power to the military, which backs opposition leader Andry Rajoelina.
    "2009-03-17-madagascar-president-resigns-unclear-rule-in-antananarivo": [
        P("Madagascar", "state", MD_LEAD, MD_ACCUSES,
          aliases=["Madagascan", "Madagascan President Marc Ravalomanana", "Marc Ravalomanana", "Mr Ravalomanana",
                   "President Ravalomanana", "Ravalomanana", "Ravalomanana's office", "the President",
                   "the government", "Madagascan Prime Minister General Charles Rabemananjara",
                   "Charles Rabemananjara"]),
        # The opposition is given no party name; named as the article names it (with its leader).
        P("Madagascan opposition", "other", MD_ACCUSES, MD_BACK,
          aliases=["opposition", "the opposition", "opposition political groups", "Andry Rajoelina", "Mr Rajoelina",
                   "Rajoelina", "opposition leader", "the opposition leader", "former Antananarivo mayor",
                   "the former mayor", "Members of the Madagascan opposition"]),
        # Doubt: the army acts against the sitting president, so it is kept apart from the state; kind armed_group
        # for the side that seized the palace ("troops had seized").
        P("Madagascan military", "armed_group", MD_LEAD, MD_CHIEF,
          aliases=["the military", "military", "military leaders", "military committee", "Army", "the Army",
                   "Madagascan Army", "troops", "the forces", "Vice Admiral Hyppolite Ramaroson",
                   "Admiral Ramaroson", "the Admiral", "Colonel Andre Ndriarijaona",
                   "Madagascan Army Chief of Staff Colonel Andre Ndriarijaona"]),
        # One tie, said twice (the Admiral and other leaders; the Army Chief of Staff).
        A(["Madagascan military", "Madagascan opposition"], "military_support", MD_BACK, MD_CHIEF),
        # Doubt: the AU's urging the military not to hand power to the former mayor and suggesting the prime
        # minister instead, read as declared political support for the constitutional government; the AU is no
        # party (its "firm measures" are a threat, not yet taken).
        A(["African Union", "Madagascar"], "political_support", MD_AU),
        X("Madagascan opposition", "Madagascar", "mismanaging the country while restricting personal freedoms",
          MD_ACCUSES),
        # Doubt: proclaiming the president's rule illegitimate read as a charge, voiced by the opposition's leader.
        X("Madagascan opposition", "Madagascar", "Mr Ravalomanana's rule to be illegitimate",
          MD_ILLEGITIMATE, speaker="Andry Rajoelina"),
        # Not items: the AU's position that "a military takeover in Madagascar would be considered a coup d'etat"
        # (a conditional warning, no takeover charged to anyone yet); the detention of four generals and a church
        # head "for reasons unknown" (no accuser, no accused); Rajoelina's orders to arrest Ravalomanana (an order,
        # no allegation stated); "the coup" and the unrest's cost in tourist revenue (the article's own report).
        # The military committee Ravalomanana named is refused by the military itself: no tie between him and it.
    ],
    # United States / Russia: Obama's expulsions and sanctions over the election hacking; Russia's answer; Trump.
    "2016-12-31-u-s-responds-to-russian-election-hacking-with-expulsions-san": [
        P("United States", "state", US_EXPELLED, US_CIA,
          aliases=["U.S.", "U.S. government", "The United States", "Obama administration", "the Obama administration",
                   "Obama", "Barack Obama", "CIA", "U.S. State Department", "U.S. intelligence official",
                   "Speaker of the House Paul Ryan", "Paul Ryan"]),
        P("Russia", "state", US_EXPELLED, US_CIA,
          aliases=["Russian", "Russian government", "the Russian government", "Moscow", "Putin", "Vladimir Putin",
                   "Russian president Vladimir Putin", "Sergei Largov", "Vitaly Churkin",
                   "Russia's United Nations ambassador", "Russian Parliament", "Konstantin Kosachyov",
                   "G.R.U.", "F.S.B.", "G.S.U."]),
        # Doubt: a person (the president-elect, not yet acting for the state) whose admiration for Putin and praise
        # of his decision are read as declared political support.
        A(["Donald Trump", "Russia"], "political_support", US_WARM, US_SMART),
        # The hacking, charged by the CIA and repeated by Paul Ryan ("the hack").
        X("United States", "Russia",
          "the Russian government hacked servers belonging to the U.S. Republican and Democratic parties; Russia "
          "has paid only a small price for the hack",
          US_CIA, US_RESPONSIBLE, US_RYAN, speaker="CIA"),
        # Doubt: the hack's aim read as an allegation apart from the hack itself.
        X("United States", "Russia",
          "this was to turn the 2016 presidential election toward president-elect Donald Trump; the goal of the hack "
          "was to help Trump win the election",
          US_CIA, US_TURN, US_GOAL, US_FRIENDLIER, speaker="CIA"),
        # Doubt: overlaps the election item; kept apart as Obama's own, broader charge.
        X("United States", "Russia",
          "Russia's efforts to undermine established international norms of behavior, and interfere with democratic "
          "governance",
          US_OBAMA, speaker="Barack Obama"),
        X("United States", "Russia", "35 diplomats suspected of being Russian spies",
          US_EXPELLED, US_GRATA),
        X("United States", "Russia",
          "harsh treatment of U.S. diplomats in Russia, citing police stops, assaults, and the public disclosure of "
          "their personal information on television",
          US_HARSH, speaker="U.S. State Department"),
        X("United States", "Russia", "two compounds used for intelligence activities",
          US_COMPOUNDS, speaker="U.S. State Department"),
        # Not items: Churkin's criticism of the decision (a judgment of a decision); Largov's proposed expulsion of
        # 35 U.S. diplomats and Putin's waiting (retaliation considered, no allegation); Putin's "irresponsible
        # democracy" and Kosachyov's "lame ducks ... political corpses" (judgments, no wrongdoing charged); Trump's
        # "someone sitting on their bed that weighs 400 pounds" (doubt cast on the charge, a denial on Russia's
        # behalf) and his "These are the same people that said Saddam Hussein had weapons of mass destruction"
        # (doubt: a judgment of the CIA's record, read as no accusation); McCain and Graham's "joint statement
        # calling for investigations into Russian interference" (a call for investigation; the interference is the
        # election item); Ryan's "Obama has been too soft on Russia" (a judgment of his own government's policy);
        # the "friends and allies" Obama names none of (no alliance). Trump is no party: he comments on the dispute.
    ],
}
