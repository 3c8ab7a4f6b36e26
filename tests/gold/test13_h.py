"""Hand gold for part h of the test13 split (tests/corpus/test13/, index_h.json): one Wikinews article, 2009.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim. Files read: tests/gold/README.md, tests/gold/test12_i.py,
the docstrings of tests/gold/test12_j.py and test12_k.py (and the search notes of other earlier parts), a few P(...)
lines of test10_c.py and test11_a.py for the naming of Palestine and the United Nations, the helpers P, M, A, X of
tests/gold/build_gold.py, tests/gold/check_part.py, tests/corpus/test12/index.json and README.md, and every
tests/corpus/*/index*.json.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_trucks.conllu). find_files listed the path at commit
ad33923d67196f3fb8f716c80616036c0a111865; read_file served the stored version at commit
2dcbcbeffb9192941645e52ba0635469ed8bb91b, read to its end (four pages, 51,636 characters, 33 sentences; untokenised
`# text` lines, no `# meta` lines and no `# newpar` marks, so the body is one paragraph). The first page of the
ad33923d version was read too: it has tokenised `# text` lines ("Friday , January 9 , 2009") and no `# meta` or
`# newpar` lines either, so it gives no paragraph breaks; the body follows the 2dcbcbef text. Title = the headline
(sentence 1), date = the dateline (sentence 2, "Friday, January 9, 2009"), url = the Wikinews address of the title.
The body was rebuilt from the `# text` lines of sentences 3-33, joined by one space, except after sentence 15, whose
last token (a stray closing quote) has SpaceAfter=No: sentence 15 `We had no electricity, no blankets, no food. "`
runs straight into sentence 16, giving `no food. "Suddenly we heard a bomb`. One final newline. DROPPED: the headline
(sentence 1, "United Nations suspends operations in Gaza after schools and trucks are hit by Israeli forces") and the
dateline (sentence 2). The file has no image captions or pull quotes; nothing else was dropped. Characters as
stored: straight quotes and apostrophes, "said on yesterday", "an UNRWA school", "before being allowed to by Israeli
military forces", the father's quote split over sentences 12-21.

Region and year: the Middle East, the Gaza War of 2008-2009 (January 2009): the United Nations (UNRWA) suspends its
operations in Gaza after a UN aid convoy is bombed and UN schools sheltering refugees are hit; the UN says it gave
Israel the coordinates and demands accountability; the ICRC charges that the Israeli military left the wounded
without help and kept ambulances out; Israel grants a three-hour ceasefire.

Same-article and same-event check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test13/index_*.json (index_a, b, d, f and g were there when this part was written; g holds a 2009
Israeli settlement-freeze article, another event). The same war is in test4 ("Israel announces ceasefire in Gaza
Strip; rocket fire into Israel continues", 2009-01-18), test9 ("Israeli military confirms the use of white phosphorus
bombs in the Gaza Strip", 2009-01-23) and test11 ("IDF soldiers' account of Gaza incursion sparks new war crimes
investigations", 2009-03-24), but no article of tests/corpus mentions UNRWA, al-Fakhora, the convoy or the UN's
suspension (grep), so the event (January 6-8 attacks on UN schools and trucks, the UN's suspension of January 8) is
another. Doubt: drop it if the split must not repeat a war already in earlier splits.

How the slice (words t-z) was searched: 65 search/read calls in all (57 exact-path guesses with find_files, one
exact-path look-up of a known file, one find_repos, six read_file pages). The amalgum/news/dep listing stops at
"catholic" and the amalgum_extra/news/dep listing at "sheffield", so words were guessed one at a time, each first
checked against the brief's used list (grep of AMALGUM_news_ names in tests/corpus) and against a list of every word
of the docstrings of tests/gold/test*_?.py and heldout_?.py. All guesses were in amalgum/news/dep.
- Kept: trucks ("United Nations suspends operations in Gaza after schools and trucks are hit by Israeli forces",
  2009-01-09), read in full.
- Opened and left out (first page read): uruguay ("FIFA World Cup 2018 Last 16: France, Uruguay send Argentina,
  Portugal home", 2018-07-03): football.
- Looked up once to check that path look-ups work: victory (stored; used by an earlier part), not read.
- find_repos "amalgum": the only other copy-like name, baocin/amalgum, is an unrelated tool (test10_d).
- Words tried that are not in amalgum/news/dep: tegucigalpa, yasukuni, xiaobo, zakayev, tashkent, zamboanga,
  violates, warplane, threatening, treason, violation, trincomalee, yatsenyuk, tense, vessels, voters, wedding,
  turns, tightens, unveils, wounds, youth, tourist, tallinn, tiraspol, takeshima, zahedan, tariffs, tutu, yangon,
  uyghurs, yanukovich, zebari, vukovar, trafficking, tirah, urozgan, walkout, villages, towns, trains, targeted,
  vowed, tear, zones, wartime, testing, unanimous, units, verdicts, troopers, weekend, twin, tripartite, upsurge.
Only one article: about one guess in thirty existed, one of the two hits was in the domain, and the look-up budget
(70) was nearly spent; a second hit could not have been read to its end within it.

Reading choices (doubts):
- The UN's agency UNRWA (its schools, its spokesman Adnan Abu Hasna) is read as the United Nations acting, not as a
  separate actor: the article passes between "the UN", "UN schools", "UN aid trucks" and "an UNRWA school" for the
  same schools and convoy; UNRWA is an alias of the United Nations party.
- The United Nations is a party as the target (its convoy, schools and staff hit; it suspends operations), as
  test10_c read the UN whose convoy was fired on in Syria.
- Palestine is read as a side (the Palestinian driver, cousins and the man shot in the West Bank, "the occupied
  Palestinian territories"), as test11_a did; the article names no Palestinian authority or armed group (Hamas is
  never named).
- The ICRC and the Palestinian Red Crescent are humanitarian bodies, not parties; the ICRC is an accuser only.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- United Nations suspends operations in Gaza after schools and trucks are hit by Israeli forces (2009) ---------
GZ_SUSPENDED = (
    "The United Nations (UN) suspended all of its operations in Gaza from yesterday, after the bombing of a convoy of "
    "UN aid trucks which killed one Palestinian driver, and wounded three others."
)
GZ_UNRWA = (
    "\"UNRWA decided to suspend all its operations in the Gaza Strip because of the increasing hostile actions against "
    "its premises and personnel,\" Adnan Abu Hasna, a Gaza-based spokesman for the United Nations Relief and Works "
    "Agency (UNRWA), said yesterday."
)
GZ_MIRON = (
    "Richard Miron, spokesman for the UN said that the Israeli military had been notified in advance of the "
    "coordinates of the relief trucks saying, \"This underlines the fundamental insecurity inside Gaza at a time when "
    "we are trying to address the dire humanitarian needs of the population there.\""
)
GZ_LAST_STRAW = (
    "The bombing of the UN trucks was the last straw for the UN, already angered after Israeli tanks fired on a UN "
    "school housing refugees killing 50 including an entire family of seven young children."
)
GZ_GPS = (
    "The UN said that they had given Israel the GPS coordinates of their schools, and demanded accountability for the "
    "attacks."
)
GZ_ASMA = (
    "Hours before the attack on the al-Fakhora School was an attack on Asma Elementary School which killed three "
    "Palestinian cousins."
)
GZ_UNRWA_SCHOOL = "Like al-Fakhora, Asma Elementary is an UNRWA school."
GZ_ICRC_DAYS = (
    "The International Committee of the Red Cross (ICRC) said on yesterday that they were trying for four days to get "
    "their ambulances to a Gaza neighborhood before being allowed to by Israeli military forces."
)
GZ_WETTACH = (
    "\"This is a shocking incident,\" said Pierre Wettach, ICRC chief for Israel and the occupied Palestinian "
    "territories."
)
GZ_AWARE = "The Israeli military must have been aware of the situation but did not assist the wounded."
GZ_NEITHER = (
    "Neither did they make it possible for us or the Palestinian Red Crescent to assist the wounded."
)
GZ_CEASEFIRE = (
    "Israel granted a three-hour ceasefire yesterday that they gave for aid workers to enter areas that they had "
    "closed off."
)
GZ_WEST_BANK = (
    "Israeli forces also shot a Palestinian man in the West Bank during a protest against Israel's actions in Gaza."
)

GOLD = {
    # Gaza War, January 2009: the UN suspends its operations in Gaza after its aid convoy is bombed and its schools
    # sheltering refugees are hit by Israeli fire; the UN says Israel had the coordinates and demands accountability;
    # the ICRC charges the Israeli military with leaving the wounded without help; a three-hour ceasefire.
    "2009-01-09-united-nations-suspends-operations-in-gaza-after-schools-and": [
        # The attacking side (tanks, forces, military; its government investigates).
        P("Israel", "state", GZ_LAST_STRAW, GZ_GPS, GZ_CEASEFIRE,
          aliases=["Israeli", "Israel's", "Israeli forces", "Israeli military", "Israeli military forces",
                   "Israeli tanks", "Israel's government", "the Israelis", "Israelis", "Israeli soldiers"]),
        # The target of the convoy bombing and the school attacks; it suspends operations. Doubt: UNRWA read as the
        # UN acting (see the docstring), not as an actor of its own.
        P("United Nations", "international_organisation", GZ_SUSPENDED, GZ_LAST_STRAW, GZ_UNRWA_SCHOOL,
          aliases=["UN", "The United Nations (UN)", "UNRWA", "United Nations Relief and Works Agency",
                   "United Nations Relief and Works Agency (UNRWA)"]),
        # Doubt: the Palestinians read as the side under attack (the driver, the cousins, the man shot in the West
        # Bank); the article names no Palestinian authority or group.
        P("Palestine", "state", GZ_SUSPENDED, GZ_ASMA, GZ_WEST_BANK,
          aliases=["Palestinian", "Palestinians", "occupied Palestinian territories"]),
        # The UN's charge about its schools: it had given Israel their GPS coordinates and demands accountability for
        # the attacks.
        X("United Nations", "Israel",
          "had given Israel the GPS coordinates of their schools, and demanded accountability for the attacks",
          GZ_GPS),
        # Doubt: an implicit charge about the convoy (the Israeli military knew where the relief trucks were); the
        # body never says who bombed the convoy (only the dropped headline does). A reading with no item here, or one
        # merged with the schools item above, is defensible.
        X("United Nations", "Israel",
          "the Israeli military had been notified in advance of the coordinates of the relief trucks",
          GZ_MIRON, speaker="Richard Miron"),
        # The ICRC's charge voiced by its chief for Israel and the occupied territories.
        X("International Committee of the Red Cross", "Israel",
          "The Israeli military must have been aware of the situation but did not assist the wounded",
          GZ_WETTACH, GZ_AWARE, speaker="Pierre Wettach"),
        # A second ICRC allegation: the Israeli military kept rescuers out (the four-day wait for its ambulances and
        # Wettach's "Neither did they make it possible ..."; "they" is the Israeli military of GZ_AWARE). Doubt: the
        # four-day claim is the ICRC's with no speaker, the second phrasing Wettach's; and it may be read as one
        # allegation with the item above.
        X("International Committee of the Red Cross", "Israel",
          "trying for four days to get their ambulances to a Gaza neighborhood before being allowed to by Israeli "
          "military forces; Neither did they make it possible for us or the Palestinian Red Crescent to assist the "
          "wounded",
          GZ_ICRC_DAYS, GZ_WETTACH, GZ_AWARE, GZ_NEITHER, speaker="Pierre Wettach"),
        # Not items: UNRWA's "increasing hostile actions against its premises and personnel" (GZ_UNRWA: the sentence
        # names no one who acts; doubt: the context makes Israel the one meant, and a reading with a UN -> Israel item
        # voiced by Adnan Abu Hasna is defensible); "already angered after Israeli tanks fired on a UN school" and
        # "Israeli forces also shot a Palestinian man" (the article's own report); "This underlines the fundamental
        # insecurity inside Gaza" (a judgment, no accused); "This is a shocking incident" (a judgment); the father's
        # "We came to the school when the Israelis warned us to leave" (an account, no wrong alleged); the protest
        # "against Israel's actions in Gaza" (unnamed protesters, no allegation); "Israel's government says it is
        # investigating the incidents" (no claim). No mediator: Israel's three-hour ceasefire is its own grant, and the
        # ICRC and the UN bring aid, not talks. No alliance: no standing tie is named. The ICRC, the Palestinian Red
        # Crescent, the schools and the spokesmen are not parties.
    ],
}
