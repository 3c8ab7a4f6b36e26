"""Hand gold for part C of the test4 split (tests/corpus/test4/, index_c.json).

Written by an independent annotator by reading the article under tests/gold/README.md, before any
rule was scored on it and without running the tool or reading how it reads articles; quotes are
copied by hand and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews, "Russia launches full-scale invasion against Ukraine" (CC BY 2.5), as
copied in the public repository front-lines-org/astro-experiment
(src/pages/ukraine/articles/Russia_launched_invasion.md, commit 540bfbbea8a2f307b5d41afc71ecab2882ba1135),
whose front matter links the Wikinews page. Only the body is kept: the copy's front matter, its
"Sources [^1] [^2]" footer and footnotes and the one footnote mark "[^1]" after "Kyiv" were
removed; the text is otherwise as in that copy. The date, 2022-02-25, is inferred from the data:
both cited sources are dated February 24, 2022 and the lead says the invasion began "yesterday"
(the copy gives no publication date).

Only one article: no other English Wikinews text from 2016-2018 or 2021 on was found in the stored
repositories (see the report of this part).
"""

from build_gold import A, M, P, X  # noqa: F401  (M: no article here has a mediator)

# --- shared quotes ------------------------------------------------------------------------
UA_BEGAN = "Russian troops began an invasion of Ukraine by firing missiles at several cities yesterday."
UA_PUTIN = (
    "Putin said that Russia had been left with no choice but to defend itself against what he described were "
    "threats from Ukraine after Russian-backed separatists in Donetsk sent a plea to Moscow to help stop alleged "
    "Ukrainian aggression."
)
UA_RECOGNISED = (
    "On Monday, Russia passed a bill recognizing the self-proclaimed Donetsk People's Republic and Luhansk "
    "People's Republic in eastern Ukraine as independent states, followed by agreements of friendship, "
    "cooperation, and assistance with the republics."
)
UA_BIDEN = (
    "US President Joe Biden condemned the attack as \"unprovoked and unjustified\", adding that he will be meeting "
    "with G7 leaders today, and asserting the US and allies \"will be imposing severe sanctions on Russia\"."
)
UA_JOHNSON = (
    "UK Prime Minister Boris Johnson has promised the West will respond \"decisively\" and that Putin had \"chosen "
    "a path of bloodshed and destruction\"."
)
UA_TRUSS = (
    "The British Defence Secretary Ben Wallace and Foreign Secretary Liz Truss have also condemned the invasion, "
    "Truss adding they will \"use every lever at our disposal to stop Putin in his tracks\" and \"nothing is off "
    "the table\"."
)
UA_VDL = (
    "President of the European Commission Ursula von der Leyen also condemned the attack as \"unjustified\" and "
    "added that the Kremlin would be held accountable."
)
UA_NATO = (
    "NATO Secretary General Jens Stoltenberg condemned Russia's \"reckless and unprovoked attack\" on Ukraine and "
    "said NATO allies would meet to tackle the consequences of Moscow's \"aggressive actions\"."
)

GOLD = {
    # Europe: Russia invades Ukraine; Western states and organisations condemn it, the US announces sanctions.
    "2022-02-25-russia-launches-full-scale-invasion-against-ukraine": [
        P("Russia", "state", UA_BEGAN, aliases=["Russian", "Moscow", "the Kremlin", "Kremlin"]),
        P("Ukraine", "state", UA_BEGAN, aliases=["Ukrainian"]),
        # The separatists of Donetsk call for Russian help against Ukraine: a side of the war.
        P("Donetsk People's Republic", "separatist_authority", UA_PUTIN, UA_RECOGNISED,
          aliases=["Russian-backed separatists in Donetsk", "separatists", "self-proclaimed Donetsk People's Republic"]),
        # The sanctioning side (the UK, the EU and NATO only condemn and promise a response).
        P("United States", "state", UA_BIDEN, aliases=["US"]),
        A(["Russia", "Donetsk People's Republic"], "military_support", UA_PUTIN, UA_RECOGNISED),
        # Recognition and agreements of friendship, cooperation and assistance; the Luhansk republic takes no
        # other part in the article, so it is an ally here and no party.
        A(["Russia", "Luhansk People's Republic"], "political_support", UA_RECOGNISED),
        # Russia's justification, voiced by Putin, and the separatists' plea name Ukraine as the aggressor.
        X("Russia", "Ukraine", "threats from Ukraine", UA_PUTIN, speaker="Vladimir Putin"),
        X("Donetsk People's Republic", "Ukraine", "alleged Ukrainian aggression", UA_PUTIN),
        X("United States", "Russia", "the attack is unprovoked and unjustified", UA_BIDEN, speaker="Joe Biden"),
        X("United Kingdom", "Russia",
          "Putin had chosen a path of bloodshed and destruction; condemned the invasion",
          UA_JOHNSON, UA_TRUSS, speaker="Boris Johnson, Ben Wallace and Liz Truss"),
        X("European Union", "Russia", "the attack is unjustified; the Kremlin would be held accountable",
          UA_VDL, speaker="Ursula von der Leyen"),
        X("NATO", "Russia", "reckless and unprovoked attack on Ukraine; aggressive actions",
          UA_NATO, speaker="Jens Stoltenberg"),
        # Not items: "The claim was dismissed by the United States as Russian propaganda" dismisses Russia's claim
        # (README: a rejected claim is no accusation by the one who rejects it; doubt: "propaganda" could be read as
        # a charge against Russia). Guterres's plea to Putin to stop the war is a call, not an allegation, and no
        # mediation. China's criticism of "those parties who were busy condemning others" names no one. "the US
        # and allies" and "the West" name no members: no alliance.
    ],
}
