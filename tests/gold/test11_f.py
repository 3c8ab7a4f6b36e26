"""Hand gold for part f of the test11 split (tests/corpus/test11/, index_f.json): one Wikinews article, 2012.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was
scored on it and without running the tool, opening its code or reading its rules; quotes are copied by hand
from the .txt file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_relations.conllu). Stored versions read: the whole file at
commit 53af30995a77b7e386e2c13da4dfa34710f911ed (with `# meta` lines and `# newpar` marks, so paragraphs follow the
marks: nine paragraphs of 2, 2, 3, 4, 3, 1, 3, 2 and 1 sentences), and, for comparison, the whole file at
2dcbcbeffb9192941645e52ba0635469ed8bb91b (same `# text` lines and SpaceAfter marks, no meta, no newpar) and the
first page at c62d76acdf9e997362424821efb3e92094668a1d (an older, space-tokenised version with no SpaceAfter marks;
not used). The file was read to its end (three pages; the last ends with sentence 25). The body was rebuilt from the
`# text` lines: sentences joined by one space (no sentence of the body ends in a token marked SpaceAfter=No);
dropped: the headline "India and China to develop friendly relations" (sentence 1), the dateline "Wednesday, January
18, 2012" (sentence 2), and the image block marked `figure | caption`: the caption "India and China." and the credit
"Image: Yug." (sentences 3 and 4). Nothing else was dropped. Characters are as stored (straight quotes and
apostrophes, "'return to Asia'", "together\".", "cooperation\".", "neighbouring" beside "neighbors" and
"unfavorable", "in South China Sea"). Date: the dateline (Wednesday, January 18, 2012; the meta dateCreated is
2012-01-17); title: the headline; url: the stored sourceURL.

Region and year: South and East Asia (the India-China boundary dispute: the 15th round of boundary talks and the
border-affairs mechanism signed in January 2012, with the background of the 1962 war, the territorial claims, the
Dalai Lama and the postponed November 2011 talks).

Same-event check (tests/corpus/*/index.json, and index_a/b/d/e/g.json of test11 as they stood when this part was
checked; no other part has the relations file): no title of any split is about India and China or their border.
India appears in test10's "Australia will not export uranium to India" (2006) and Kashmir in test4's UN human-rights
report (2018) and test4's Varanasi-bombings suspect: other matters.

How the slice was searched (the session's shared look-up budget ran out during the search, so the part has one
article instead of two or three). The code search (corpus "code", several queries by meaning, conllu-shaped ones
among them) and find_string ("newdoc id = AMALGUM_news_", "meta::sourceURL = https://en.wikinews.org") return no
AMALGUM news file; find_string "AMALGUM_news_" names only "strip" and "khadr" (both used) and a file list test8_e
already read; a suffix filter (ext) does not match inside file names. The amalgum/news/dep listing stops at
"catholic" and the amalgum_extra/news/dep listing (123 files) at "sheffield"; every name in both listings is named
by the brief or an earlier docstring. So names were guessed, one per look-up, after checking each against the words
the brief excludes and every word in the "how searched" parts of the docstrings of tests/gold/test*_?.py.
- Kept: relations ("India and China to develop friendly relations", 2012): a territorial dispute between two states
  with talks, an agreement and declared alliances; no accusation and no mediator (see below).
- Opened and left out: explosions ("Explosions at Brussels airport and subway systems", 2016, read to the end): a
  terrorist attack with no named perpetrator, condemnations and solidarity only (part g of test11 has since taken
  it); condemn ("UN reports condemn West Bank settlement", 2008, read to the end): taken by part a of test11 before
  this part wrote its files; fighter ("Wikinews interviews Christopher Hill, U.S. Republican Party presidential
  candidate", 2015, first page): a campaign interview, no dispute. obama (found by mistake; named by test8_c as used).
- Words tried that are not in amalgum/news/dep: sderot, tbilisi, cairo, colombo, ankara, delhi, sahara, sanaa, mdc,
  belgrade, zarqawi, sarkozy, rice, havana, hadi, saleh, baghdadi, yeonpyeong, senkaku, moldova, bogota, ouattara,
  seized, denounces, signed, reconciliation, displaced, xinjiang, sentenced, brokered, khashoggi, salisbury, guaido,
  urumqi, uighurs, masjid, bombed, armenian, azerbaijani, bosnian, american, taiwanese, vietnamese, bahraini, turks,
  casualties, revenge, drones, threatened, responsibility, deaths, shot, liberation, sayyaf, rajapaksa, abhisit,
  arroyo, delta, anbar, puntland, natanz, bangkok, recognises, warring, consulate, warned, dictator, ambassadors,
  blame, operations, battles, faction, pledge, release; and in amalgum_extra/news/dep: terrorists, withdraw, soviet,
  tbilisi. Words found: castro (a known listed file, to test the look-up), obama, explosions, relations, condemn,
  fighter.
- Not looked up (the budget ran out): hostile, enemies, autonomy, blockade, withdraws, agreed, peaceful, secession.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- India and China to develop friendly relations (2012) -------------------------------------------------------
IC_TALKS = (
    "India and China planned to resolve boundary disputes peacefully and develop friendly relations with each other "
    "in the 15th round of boundary talks begun Monday."
)
IC_CLAIMS = (
    "China also claims 90,000 square kilometers of land governed by India in the Tibetan region and India claims "
    "38,000 square kilometers of Kashmir held by China."
)
IC_ANALYSTS = "Analysts say China is facing both economic problems, and difficulties with neighbouring countries."
IC_ALLIES = "Its major allies North Korea and Pakistan have their own troubles."
IC_US = (
    "The 'return to Asia' strategy of the United States focuses on China, and India figures in it as an important "
    "ally."
)

GOLD = {
    # India and China hold their 15th round of boundary talks and sign a border-affairs mechanism; the article
    # recalls the territorial claims, the 1962 war, the Dalai Lama and each side's allies.
    "2012-01-18-india-and-china-to-develop-friendly-relations": [
        P("India", "state", IC_TALKS, IC_CLAIMS,
          aliases=["Indian", "Indian Ministry of External Affairs", "Shivshankar Menon", "National Security Advisor",
                   "S. Jaishankar", "India's ambassador to China"]),
        P("China", "state", IC_TALKS, IC_CLAIMS,
          aliases=["Chinese", "Dai Bingguo", "Dai", "Liu Zhenmin", "China's Assistant Foreign Minister"]),
        # "Its" is China (the sentence before names it): one tie per ally. Doubt: "major allies" says nothing of
        # the kind of tie; read as declared political support (as "the closest ally" is read in the tuned gold).
        A(["China", "North Korea"], "political_support", IC_ANALYSTS, IC_ALLIES),
        A(["China", "Pakistan"], "political_support", IC_ANALYSTS, IC_ALLIES),
        # The United States is no party (its strategy "focuses on China" is background); India is its declared ally.
        # Doubt: same reading of "an important ally" as political support.
        A(["United States", "India"], "political_support", IC_US),
        # Not items: the "Working Mechanism for Consultation and Coordination on India-China Border Affairs" signed
        # by the two sides (an agreement between the two opponents, not a standing tie, as test7 read Kenya's
        # power-sharing deal; doubt) and Dai's "long-term friendship and cooperation with India" (a wish between the
        # two sides); the talks are bilateral (Menon and Dai represent their own states): no mediator. No
        # accusation: the territorial claims ("China also claims ... India claims ... held by China") are claims of
        # sovereignty, not charges of wrongdoing (doubt: "held by China" could be read as India charging China with
        # occupying Kashmir land); "postponed over Chinese disapproval of India allowing the Dalai Lama into a
        # Buddhist meet" is China's judgment of a decision (doubt); "the Dalai Lama's refuge in India has caused
        # friction with China" names no accuser. The Dalai Lama is the cause of friction, not a side; Vietnam,
        # Australia and Japan ("unfavorable relations" with China) and the analysts are background.
    ],
}
