"""Hand gold for part g of the test11 split (tests/corpus/test11/, index_g.json): two Wikinews articles, 2007 and 2016.

Written by an independent annotator by reading each article under tests/gold/README.md (gold v2), before any rule
was scored on them and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt files and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_{crew,explosions}.conllu). Stored versions read: crew at commit
735dbbd74f167b4a95026527271fba0893b76d57, explosions at commit 2dcbcbeffb9192941645e52ba0635469ed8bb91b (both read
to their end, four and three pages; no `# meta` lines and no `# newpar` marks, so each body is one paragraph; the
compact rst/AMALGUM_news_{crew,explosions}.rs3 files were used only to screen titles). The body was rebuilt from the
`# text` lines: headline and dateline dropped in both; sentences joined by one space, none where the sentence's last
token has SpaceAfter=No (crew: the sentence stored as `Six other Iranian boats arrived. "` runs straight into "We
made a conscious decision ...", giving `arrived. "We made`; explosions: the witness's sentence stored without final
punctuation, `... glass everywhere`, is joined by a space to the lower-case sentence "there was chaos.", and Tusk's
quotation, stored without final punctuation, to the next sentence). Also dropped:
- crew: the pull quote "Let me be absolutely clear, from the outset it was very apparent that fighting back was simply
  not an option —Captain Christopher Air, Royal Marines" (the body repeats it as Air's words, which are kept).
- explosions: the map caption "Locations of the attacks in Brussels." / "Image: Rauletemunoz." and the photo caption
  "File photograph of Maelbeek/Maalbeek metro station" / "Image: bsubway.net.".
Characters are otherwise as stored, quirks kept ("8'x 6'", "hand held GPS", "return to here", "the IRG" never
expanded, "It was quite a mess. [...]", "train company Thalys have shut down"). Dates are the datelines (Friday, April
6, 2007; Tuesday, March 22, 2016); titles the headlines; urls the Wikinews title.

Regions and years: the Persian Gulf / Shatt al-Arab and the United Kingdom (the fifteen Royal Navy and Royal Marines
personnel seized by Iran, April 2007), Western Europe (the Brussels airport and metro bombings, March 2016).

Same-event check (tests/corpus/*/index.json and the other test11 index files as they stood when this part was
finished): no title is about the 2007 seizure of British naval personnel by Iran (test4's "Iran to reduce nuclear
enrichment" 2013, test8's "US denies plans for attack on Iran" 2007-11 and test5's NPT conference 2005 are other
Iranian disputes), nor about the Brussels bombings of 2016 or the Paris attacks of 2015.

How the slice was searched (about 100 look-ups, until the look-up budget was used up). The code search by meaning
(three queries such as "AMALGUM_news ceasefire rebels accused") returned no AMALGUM file at all, so files were found by
exact-path guesses (find_files path=...), screened by reading the compact .rs3 file or the first conllu page. The
amalgum_extra/news/dep listing ends at "sheffield" and every listed name there is named by earlier docstrings; about 23
unlisted names follow it. find_string "news/dep/AMALGUM_news_" finds only the third-party clojure list earlier parts
used (atomic, lords, mercenary, reuters, vodka, canadian, dolores, vessel, whitecaps, bicentennial, scottish, debris,
arrivederci, spielberg, fourth, ajax, curling, stingray: all named before).
- Kept: crew (amalgum/news/dep; UK against Iran, the crew's charges) and explosions (amalgum/news/dep; a terrorist
  attack whose perpetrators are not named; thin, see the doubts under the article).
- Opened and left out: relations (amalgum/news/dep, "India and China to develop friendly relations", 2012-01-18): read
  in full and rebuilt, a good in-domain article (border talks, allies), but part f of test11 had already taken it when
  this part checked the folder, so it is dropped here; denmark ("FIFA World Cup 2018 Last 16: Russia, Croatia beat
  Spain, Denmark in penalties", 2018) and germany ("2007 FIFA U17 World Cup: Germany eliminates Americans", 2007):
  football; polish ("Poland: Thousands of far-right nationalists gather in Warsaw ...", 2017): a domestic march, no
  dispute between states or groups in the page read; collision ("Brazil blames human error for 2006 midair airliner
  collision", 2008): an air-crash report; prison ("Glasgow inmate John Clark accused of murder in Barlinnie prison",
  2014): a domestic murder case.
- Names tried that are not stored in amalgum_extra/news/dep: south, united, un, us, uk, soviet, withdraw, village,
  ship, ships, taiwanese, shot, swiss, turks, uae, white, withdraws, sinhalese, tibetans, victory, trade, storm (and
  sudan, looked up once to check that path look-ups work; it is used by test10).
- Names tried that are not stored in amalgum/news/dep: accord, armenian, albanian, blockade, bombed, deaths, eu,
  kidnap, mozambique, sahara, casualties, drones, seized, displaced, atrocities, curfew, consulate, battles, province,
  fired, jailed, launched, boundary, airspace, downed, condemnation, demanded, threatened, vetoed, severed, recognize,
  deployed, besieged, recaptured, slammed, evacuated, satellite, fishing, danish, cambodian, france, britain, kyrgyz,
  bosnian, belarusian, greece, moldova, vietnamese, australians, croatian, tajik, khashoggi, guaido, afrin, isis,
  catalonia, abbottabad, kaesong, yeonpyeong, senkaku, sukhoi, mh17, hodeidah, ogaden, puntland, minsk, captors,
  rescued, missionaries, tourists, contractors, spying, execution, exile, bilateral, trilateral, memorandum,
  initiative, reporter, hanged, ouattara, heglig, seleka, bangui, correa, ortega, cartel, bissau, burundian, m23,
  paramilitaries, kordofan.
- Asked but not answered (the look-up budget ran out): apology, compensation, reparations, nationalists, monitors,
  pardoned, disappeared, assailants, delegates, regret, capture, bombers (amalgum/news/dep); they remain untried.
- Every word the brief excludes and every word earlier parts' docstrings name (a list of all their words) was
  checked before a guess. Note: victory is stored in amalgum/news/dep (part e of test11 took it); only the
  amalgum_extra path was tried here.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under each article.
"""

from build_gold import A, P, X  # noqa: F401

# --- UK naval crew describe their capture and detention by Iran (2007) -------------------------------------
CR_LEAD = (
    "At a press conference held Friday at the Royal Marine Base Chivenor in Devon, first-hand details of the fifteen "
    "UK Royal Navy crew's capture and detention by Iran were revealed."
)
CR_SPOKE = "Captain Christopher Air, RM, and Lieutenant Felix Carman, RN, spoke for the group."
CR_THANKED = (
    "Carman and Air thanked the staff of the British Embassy in Tehran, the Foreign Office, and Ministry of Defence for "
    "securing their release."
)
CR_CLEAR = "\"Let me make it absolutely clear,\" said Carman."
CR_WATERS = (
    "\"Irrespective of what has been said in the past, when we were detained by the IRG we were inside internationally "
    "recognised Iraqi territorial waters and I can clearly state we were 1.7 nautical miles from Iranian waters.\""
)
CR_STOPPED = (
    "Having boarded an unidentified merchant vessel in the Shatt Al Arab waterway, the crew were stopped by two Iranian "
    "boats, which prevented them from leaving."
)
CR_BLOCKING = "\"When we tried to leave, they prevented us by blocking us in,\" explained Air."
CR_INTENT = "\"By now it was becoming increasingly clear that they had arrived with a planned intent."
CR_AGGRESSIVE = "Some of the Iranian sailors were becoming deliberately aggressive and unstable."
CR_RAMMED = "They rammed our boat and trained their heavy machine guns, RPGs and weapons on us.\""
CR_ENGAGE = "\"We made a conscious decision to not engage the Iranians and do as they asked,\" said Air."
CR_BOARDED = "\"They boarded our boats, removed our weapons and steered the boats towards the Iranian shore.\""
CR_PRISON = (
    "The following morning the group was flown to Tehran and transported to a prison where they faced \"constant "
    "psychological pressure.\""
)
CR_CELLS = (
    "According to Carman, \"the next few nights were spent in stone cells, approximately 8'x 6', sleeping on piles of "
    "blankets."
)
CR_ISOLATION = "All of us were kept in isolation.\""
CR_OPTIONS = "They were interrogated most nights and offered two options."
CR_STRAYED = "\"If we admitted we had strayed, we would be on a plane back to the UK soon,\" said Carman."
CR_SEVEN = "\"If we didn't we faced up to seven years in prison.\""

# --- Explosions at Brussels airport and subway systems (2016) ------------------------------------------------
BX_LEAD = (
    "At least 26 people, according to Belgian officials, have been killed and many more have been injured today "
    "following attacks on transport infrastructure in Brussels, the capital of Belgium."
)
BX_BOMBER = (
    "Authorities have stated one of the explosions, at approximately 08:00 (Central European Time, UTC+1) in the "
    "check-in area at Brussels Airport, was likely conducted by a suicide bomber."
)
BX_JAMBON = (
    "Jan Jambon, the Belgian interior minister, said the country's alert level had been at maximum following the "
    "capture in Brussels of Salah Abdeslam, who is alleged to have been involved in the attacks in Paris on November "
    "13, 2015."
)
BX_MICHEL = (
    "Charles Michel, Belgium's Prime Minister, described the attacks as \"blind, violent and cowardly\" and a \"dark "
    "moment for our country\"."
)
BX_TUSK = (
    "Donald Tusk, the president of the European Council, said: \"These attacks mark another low by the terrorists in "
    "the service of hatred and violence\""
)
BX_HOLLANDE_MEETING = (
    "The French President, François Hollande, has held a cabinet meeting to discuss security."
)
BX_HOLLANDE = "After the meeting, Hollande said \"terrorists struck Brussels but it was Europe that was targeted\"."
BX_CAMERON = "British Prime Minister David Cameron has convened a COBRA meeting to discuss Britain's response."
BX_HELP = (
    "He said he was \"shocked and concerned by the events in Brussels\" and pledged Britain would do \"everything we can "
    "to help\"."
)

GOLD = {
    # Iran's Revolutionary Guard seized fifteen Royal Navy and Royal Marines personnel in the Shatt al-Arab; after
    # their release the crew tell a press conference in Devon how they were captured and held.
    "2007-04-06-uk-naval-crew-describe-their-capture-and-detention-by-iran": [
        # The crew are UK naval personnel speaking at an official press conference: the state is the side.
        P("United Kingdom", "state", CR_LEAD, CR_SPOKE,
          aliases=["UK", "British", "Royal Navy", "RN", "Royal Marines", "RM", "UK Royal Navy crew",
                   "UK naval crew", "UK crew", "the crew", "navy crew", "Foreign Office", "Ministry of Defence",
                   "British Embassy in Tehran", "HMS Cornwall", "Captain Christopher Air", "Christopher Air", "Air",
                   "Lieutenant Felix Carman", "Felix Carman", "Carman"]),
        # "the IRG" (never expanded) is read as Iran's Revolutionary Guard, acting for the state.
        P("Iran", "state", CR_LEAD, CR_WATERS,
          aliases=["Iranian", "Iranians", "IRG", "the IRG", "Iranian sailors", "Iranian boats", "Tehran"]),
        X("United Kingdom", "Iran",
          "detained by the IRG inside internationally recognised Iraqi territorial waters, 1.7 nautical miles from "
          "Iranian waters",
          CR_SPOKE, CR_CLEAR, CR_WATERS, speaker="Felix Carman"),
        X("United Kingdom", "Iran", "prevented us by blocking us in",
          CR_SPOKE, CR_STOPPED, CR_BLOCKING, speaker="Christopher Air"),
        # Air's quotation runs on from "explained Air" over the next three sentences.
        X("United Kingdom", "Iran", "they had arrived with a planned intent",
          CR_SPOKE, CR_BLOCKING, CR_INTENT, CR_AGGRESSIVE, speaker="Christopher Air"),
        X("United Kingdom", "Iran", "Iranian sailors were becoming deliberately aggressive and unstable",
          CR_SPOKE, CR_BLOCKING, CR_AGGRESSIVE, speaker="Christopher Air"),
        X("United Kingdom", "Iran", "rammed our boat and trained their heavy machine guns, RPGs and weapons on us",
          CR_SPOKE, CR_BLOCKING, CR_AGGRESSIVE, CR_RAMMED, speaker="Christopher Air"),
        # Doubt: the boarding itself read as a charge (Air's account of the seizure), not only as narrative; the
        # quotation follows "said Air" and names no speaker of its own.
        X("United Kingdom", "Iran",
          "boarded our boats, removed our weapons and steered the boats towards the Iranian shore",
          CR_SPOKE, CR_ENGAGE, CR_BOARDED, speaker="Christopher Air"),
        X("United Kingdom", "Iran", "kept in isolation; nights spent in stone cells, sleeping on piles of blankets",
          CR_SPOKE, CR_PRISON, CR_CELLS, CR_ISOLATION, speaker="Felix Carman"),
        # Doubt: the two options are read as a charge of coercion to confess (admit straying or face seven years in
        # prison); "They were interrogated most nights and offered two options" is the article's narration.
        X("United Kingdom", "Iran",
          "offered two options: if we admitted we had strayed we would be on a plane back to the UK soon, if we didn't "
          "we faced up to seven years in prison",
          CR_SPOKE, CR_PRISON, CR_OPTIONS, CR_STRAYED, CR_SEVEN, speaker="Felix Carman"),
        # Doubt: the quoted phrase is the crew's word in the article's narration; no single speaker is named.
        X("United Kingdom", "Iran", "faced \"constant psychological pressure\" in prison",
          CR_LEAD, CR_PRISON),
        # Not items: the article's narration of the treatment ("stripped of their gear, blindfolded, and led to an
        # interrogation room", "stripped and dressed in pajamas", "kept in isolation until the last few nights"),
        # told as the crew's account but in the reporter's words (the quoted parts are items above); "Irrespective of
        # what has been said in the past" and "If we admitted we had strayed" imply that Iran said the crew had strayed
        # into its waters, but the article states no Iranian claim (no item for Iran); Air's "fighting back was simply
        # not an option" and "many of us would not be standing here today" (a judgment of their own choice, doubt).
        # The thanks to the embassy, Foreign Office and Ministry of Defence "for securing their release" is the UK's
        # own diplomacy, not mediation. Not a party: Iraq (only its territorial waters are named). No alliance.
    ],
    # Bombs at Brussels Airport and Maelbeek metro station kill at least 26 on the day; Belgian, EU, French, British
    # and US leaders react; no group is named as the perpetrator.
    "2016-03-22-explosions-at-brussels-airport-and-subway-systems": [
        P("Belgium", "state", BX_LEAD, BX_MICHEL,
          aliases=["Belgian", "Belgian officials", "Brussels", "Jan Jambon", "Charles Michel",
                   "Belgium's Prime Minister", "the Belgian interior minister"]),
        # Doubt: the perpetrators are never named; "the terrorists" and "a suicide bomber" are the article's only
        # names for the attacking side, read as one unnamed armed group.
        P("terrorists", "armed_group", BX_TUSK, BX_HOLLANDE,
          aliases=["the terrorists", "suicide bomber", "a suicide bomber"]),
        # Doubt: Cameron's pledge that Britain would do "everything we can to help" read as declared support.
        A(["United Kingdom", "Belgium"], "political_support", BX_CAMERON, BX_HELP),
        # Doubt: the European Council (an EU institution) kept under the name the article gives it; it could be
        # read as "European Union".
        X("European Council", "terrorists",
          "These attacks mark another low by the terrorists in the service of hatred and violence",
          BX_TUSK, speaker="Donald Tusk"),
        X("France", "terrorists", "terrorists struck Brussels but it was Europe that was targeted",
          BX_HOLLANDE_MEETING, BX_HOLLANDE, speaker="François Hollande"),
        # Doubt: "Authorities" are not said to be Belgian (read as the Belgian officials of the lead sentence).
        X("Belgium", "terrorists",
          "one of the explosions ... was likely conducted by a suicide bomber",
          BX_LEAD, BX_BOMBER),
        # Not items: Michel's "blind, violent and cowardly" and "dark moment for our country" (a condemnation naming
        # no one); Valls's "we are at war ... acts of war" (no accused); Salah Abdeslam "is alleged to have been
        # involved in the attacks in Paris" (passive, no accuser; a person acting for no state or group named); the
        # witness Jef Versele's account (no accused); Cameron's "shocked and concerned" and Obama being briefed
        # (reactions). Not parties: France, the United Kingdom, the United States and the EU institutions near the
        # metro station (they comment or react), Eurostar and Thalys (they suspend services). No mediator.
        # Doubt: France's "it was Europe that was targeted" is not read as an alliance with Belgium.
    ],
}
