"""Hand gold for part i of the test12 split (tests/corpus/test12/, index_i.json): one Wikinews article, 2009.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored sentence by sentence in the public AMALGUM corpus
(`gucorpling/amalgum`, amalgum/news/dep/AMALGUM_news_declaration.conllu). Stored version read: commit
16231153d3fdab7b314c374f43f2a194b5206c58 (with `# meta` lines and `# newpar` marks; 48,482 characters, read to its
end in three pages and a last read from offset 47900 that shows the closing token lines of sentence 19, "... the
Vatican rejected the appointment."). Title = meta::title and headline; url = meta::sourceURL (the Wikinews title);
date = the dateline "Thursday, March 19, 2009" (meta::dateCreated is the same day).
The body was rebuilt from the `# text` lines: sentences joined by one space (no sentence of the file ends with a
token marked SpaceAfter=No, so none runs straight into the next), paragraphs as the `newpar = p` marks give them,
separated by one blank line (3 | 6 | 8-9 | 10-11 | 12 | 13-16 | 17-19), one final newline. Dropped:
- the headline (sentence 1, `newpar = head`) and the dateline (sentence 2);
- the map caption (sentences 4-5, `newpar = figure | caption`): "67 UN member states (green) have signed or say they
  will sign the Declaration on Sexual Orientation and Gender Identity." / "57 UN member states (red) have signed an
  opposing declaration.";
- the photo caption (sentence 7, `newpar = figure | caption`): "US State Department Spokesman Robert A. Wood".
Characters are otherwise as stored: "condemn[s]", the quote ending `right to health".`, the sentence split inside
"don't ask, don't tell" compromise (sentence 14 ends on the closing quote and sentence 15 starts with a lower-case
"compromise", joined by one space as the tokens say), the lower-case "meanwhile," after a semicolon.

Region and year: worldwide diplomacy at the United Nations, with Europe (France against the Holy See) and the Middle
East (Syria's counter-declaration); March 2009.

Domain (doubt): the article is a diplomatic split at the UN, not a war: the United States joins the declaration on
sexual orientation and gender identity proposed by France and the Netherlands, 57 states (many of them members of
the Organization of the Islamic Conference) sign a counter-declaration introduced by Syria, the Vatican opposes it,
and France and the Vatican are "at odds" (France led EU nations against the Pope's position; the Vatican rejected
France's ambassador). I kept it as a diplomatic dispute between states and blocs (the brief lists diplomatic
disputes and accusations between states or groups); drop it if the split must hold only armed conflict, terrorism,
sanctions or expulsions. It is the only article of my slice I could open within the look-up budget that is not off
topic, so the part holds one article, not the four the brief allows.

Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test12/index_*.json (index_b, c, d, e, f and j held other articles when this part was written and when it
was finished). No earlier split holds an article on this declaration.

How the slice was searched (66 look-ups in all, within the 70 allowed: listings, exact-path guesses and the four
reads of the one file). My letters are a-h. The amalgum_extra/news/dep listing stops at "sheffield" and every a-h
name in it is named by earlier docstrings; the amalgum/news/dep listing (685 files) stops at "catholic", and every a-c
name before it is named by earlier docstrings or off topic by its word (test11_a lists them). So c-words after
"catholic" and d-h words of amalgum/news/dep were looked up by exact path, one guessed word at a time, after checking
each against the words the brief excludes and a list of all words of the docstrings of tests/gold/test*_?.py and
heldout_?.py. When the words free of every docstring ran out of hits, words that earlier docstrings use only in prose
(never as found, used, opened, left out or tried) were tried too: deplores, expulsions, declaration, deployment,
disputes, foreigners, gunfight, hosts, ghouta, gilad, hormuz, citizens.
- Listings that gave nothing new: the amalgum/news/dep listing (ext conllu; stops at "catholic"), suffix listings
  (ext "ks.conllu", "ia.conllu": the extension filter does not match inside names), a name-prefix listing (under
  ".../AMALGUM_news_d": taken as a folder), csv/txt/md listings of the repository (no list of news titles), and the
  amalgum/news tsv listing (the same 100 names, stopping at "catholic").
- Kept: declaration ("US supports UN gay rights declaration", 2009), read in full.
- Found and left out: hosts ("FIFA World Cup 2018 quarterfinals: England beats Sweden, Croatia knocks out hosts
  Russia", 2018, first page read): football.
- Looked up once to check that path look-ups work: escape (stored; test11_b took it), not read.
- Words tried that are not in amalgum/news/dep: houthis, honduran, gunbattle, guerillas, dokdo, chechens, coups,
  falkland, evacuates, enters, closes, cuts, delays, gains, deadlock, guns, commanders, consul, deadliest, dossier,
  defiance, enemy, exploded, destruction, considers, declines, escapes, expects, fails, falls, criticizes, comes,
  commonwealth, costa, guyana, hindu, europeans, greeks, deplores, expulsions, deployment, disputes, foreigners,
  gunfight, ghouta, gilad, hormuz, citizens, dismantle, disarm.
- The words the brief excludes and every word earlier parts' docstrings name as used, considered or tried were not
  looked up.

Reading choices (doubts):
- The Vatican is named "Vatican City" (the article's form; countryinfo calls it "Vatican City State", kept in the
  aliases with "Holy See", "the Vatican" and the Pope, who speaks for it).
- The Organization of the Islamic Conference is read as a side although the article says only that "many but not
  all" of its members signed Syria's counter-declaration; the 57 and 67 unnamed "UN member states" are not actors.
- The declaration camp (United States, France, Netherlands) and the counter-declaration camp (Syria, OIC) are read
  as blocs acting together (alliances), and France leading EU nations against the Pope as a third bloc.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- US supports UN gay rights declaration (2009) ----------------------------------------------------------------
UN_ANNOUNCED = (
    "The Obama administration announced on March 18, 2009 that the United States, in a reversal of position, would "
    "support the UN declaration on sexual orientation and gender identity."
)
UN_SIGNATORY = (
    "The United States will become the 67th signatory to the non-binding document, which was proposed by France and "
    "the Netherlands and \"condemn[s] the human rights violations based on sexual orientation or gender identity "
    "wherever they occur, in particular the use of the death penalty on this ground, extrajudicial, summary or "
    "arbitrary executions, the practice of torture and other cruel, inhuman and degrading treatment or punishment, "
    "arbitrary arrest or detention and deprivation of economic, social and cultural rights, including the right to "
    "health\"."
)
UN_REVERSAL = (
    "Accepting the proposal, which according to US State Department spokesman Robert Wood \"commits us to no legal "
    "obligations\", would nonetheless be a reversal from the Bush administration's refusal to sign."
)
UN_BROMLEY = (
    "According to Mark Bromley of the Council for Global Equality, \"the administration's leadership on this issue "
    "will be a powerful rebuke of an earlier Bush administration position that sought to deny the universal "
    "application of human rights protections to lesbian, gay, bisexual and transgender individuals\"."
)
UN_COUNTER = (
    "57 UN member nations, however, including many but not all members of the Organization of the Islamic "
    "Conference, have signed a counter-declaration introduced by Syria saying that normalization of LGBT rights would "
    "lead to \"the social normalization, and possibly the legitimization, of many deplorable acts including "
    "pedophilia.\""
)
UN_VATICAN = (
    "Vatican City also opposes the resolution but on its introduction made a statement condemning legal "
    "discrimination against LGBT persons."
)
UN_ADVOCATES = (
    "The United States' adoption of the document comes as the Obama administration faces continued criticism from "
    "gay rights advocates on the subject of homosexual individuals serving in the United States military."
)
UN_AT_ODDS = (
    "France's proposal of the document is one of several instances in the course of the Sarkozy administration where "
    "France and the Vatican have been at odds on issues of sexuality."
)
UN_CONDOMS = (
    "France's foreign ministry, in response to comments by Pope Benedict rejecting the distribution of condoms in "
    "Africa to prevent AIDS, led EU member nations in rejecting the Pope's position."
)
UN_AMBASSADOR = (
    "In September 2008, France openly affronted the Vatican by appointing an openly gay man, Denis Tillinac, as its "
    "ambassador to the Holy See; the Vatican rejected the appointment."
)

GOLD = {
    # UN diplomacy: the United States reverses its position and backs the declaration on sexual orientation and gender
    # identity proposed by France and the Netherlands; Syria's counter-declaration, signed by 57 states (many OIC
    # members); the Vatican opposes it; France and the Vatican at odds (condoms, the rejected ambassador).
    "2009-03-19-us-supports-un-gay-rights-declaration": [
        # The headline actor: it joins one side of the split (the Obama administration acts for the state).
        P("United States", "state", UN_ANNOUNCED, UN_SIGNATORY,
          aliases=["US", "The Obama administration", "Obama administration", "the administration", "Obama",
                   "Bush administration", "US State Department", "State Department"]),
        # The proposers of the declaration; France also the Vatican's opponent in the last paragraph.
        P("France", "state", UN_SIGNATORY, UN_AT_ODDS,
          aliases=["France's", "France's foreign ministry", "Sarkozy administration"]),
        P("Netherlands", "state", UN_SIGNATORY, aliases=["the Netherlands"]),
        # The opposing camp: Syria introduced the counter-declaration.
        P("Syria", "state", UN_COUNTER),
        # Doubt: only "many but not all" of its members signed; the organisation itself is not said to act.
        P("Organization of the Islamic Conference", "international_organisation", UN_COUNTER),
        # Opposes the declaration and is at odds with France (rejected France's ambassador). Doubt: name (see the
        # docstring); the Pope speaks for it.
        P("Vatican City", "state", UN_VATICAN, UN_AT_ODDS, UN_AMBASSADOR,
          aliases=["the Vatican", "Vatican", "Holy See", "Vatican City State", "Pope Benedict", "the Pope",
                   "Pope"]),
        # The declaration's camp acting together: proposed by France and the Netherlands, signed by the United States.
        # Doubt: one bloc item; a reading with a France-Netherlands item (the proposers) and the US joining apart is
        # defensible.
        A(["United States", "France", "Netherlands"], "political_support", UN_SIGNATORY),
        # The counter-declaration's camp. Doubt: the OIC as a member (its members signed, see the party item).
        A(["Syria", "Organization of the Islamic Conference"], "political_support", UN_COUNTER),
        # France led EU member nations in rejecting the Pope's position: a bloc acting together in the France-Vatican
        # quarrel. Doubt: background to the main story; "EU member nations" read as the European Union.
        A(["France", "European Union"], "political_support", UN_CONDOMS),
        # An advocacy group's charge against the earlier (Bush) US position; the state is the accused (the
        # administration acts for it; UN_REVERSAL ties "the Bush administration" to the US signature). Doubt: it may
        # be read as a judgment of a past decision rather than an allegation.
        X("Council for Global Equality", "United States",
          "an earlier Bush administration position that sought to deny the universal application of human rights "
          "protections to lesbian, gay, bisexual and transgender individuals",
          UN_BROMLEY, UN_REVERSAL, speaker="Mark Bromley"),
        # Not items: Syria's counter-declaration "saying that normalization of LGBT rights would lead to ... the
        # legitimization, of many deplorable acts including pedophilia" (a claim about a policy, aimed at no actor the
        # article names; doubt: it could be read as a charge against the declaration's proposers, France and the
        # Netherlands); the declaration's own "condemn[s] the human rights violations ... wherever they occur" and the
        # Vatican's "statement condemning legal discrimination against LGBT persons" (condemnations with no accused);
        # "continued criticism from gay rights advocates" of the Obama administration (unnamed accuser, no allegation,
        # domestic policy on gays in the military); France's foreign ministry "rejecting the Pope's position" (a
        # judgment of a position, not an allegation); "France openly affronted the Vatican" (the article's own words)
        # and "the Vatican rejected the appointment" (an act, not a charge); "Homosexuality ... is illegal in some 70
        # UN member nations" (the article's own report, no state named). No mediator: nobody brokers or hosts talks.
        # The 57 and 67 unnamed UN member states, the Council for Global Equality (an accuser only), the European
        # Union and the US House and Senate are not parties.
    ],
}
