"""Hand gold for part e of the test12 split (tests/corpus/test12/, index_e.json): one Wikinews article, 2020.

Written by an independent annotator by reading the article under tests/gold/README.md, before any rule was scored
on it and without running the tool, opening its code or reading its rules; quotes are copied by hand from the .txt
file and build_gold.evidence refuses any that is not verbatim.

Source: English Wikinews (CC BY 2.5) as stored in the public data set `vanatteveldt/wikinews`, file
wikinews_2020.csv (columns url,date,title,text; stored version at commit
ebb25d3c66507269b14c437b5f4b04bf26b3b056, 913,309 characters). Range read: offsets 608000 to 913309, i.e. to the end
of the file, page by page (608000, 624000, ... 912000: twenty read_file pages, all read). The body is the CSV text
field as read (each doubled "" written as one "), leading and trailing white space removed, one final newline
added; everything else kept: the triple line breaks between paragraphs, the double line breaks of the map legend
(lines starting "██"), the single line breaks inside two paragraphs ("almost criminal.\" \nTrump stirred",
"at nine.\nRoosevelt's bill"), runs of two and three spaces, trailing spaces ("the move was criminal. ", "their own
issues. \" "), the image captions ("Harry Browne Image: Carolmooredc.", "as part of the Abraham AccordsImage: The
White House."), en and em dashes ("Egypt–Israel", "Arab–Israeli", "6–3", "It's official — my campaign") and "Léger".
Date, title and url are the CSV's (url with "//wiki/" written "/wiki/").

The part holds one article, not three: the range is almost all interviews, software, the US election and other
out-of-domain pieces, and this is the only article in it with a war or a mediation in it (see below).
- Kept: "On the campaign trail in the USA, September 2020" (2020-10-29): a monthly US-campaign roundup with a
  section on the renewed Armenia–Azerbaijan war over Nagorno-Karabakh (each side's charge against the other,
  Turkey's vow of support for Azerbaijan, the Armenian-backed Republic of Artsakh, Russia's 1994 cease-fire,
  Biden's call to stop Turkey "interfering"), the US-brokered Israel–UAE, Israel–Bahrain and Serbia–Kosovo–Israel
  deals (Abraham Accords) and the charges traded between the candidates. Region: South Caucasus, Middle East,
  Balkans, United States. Doubt: most of its 21,211 characters are US domestic campaign news; it is kept for its
  war and mediation sections, and the domestic charges are annotated too because the README asks for the whole
  article.
- Considered and left out, in the order of the file:
  - the end of an interview article with sex workers in Mysore, India, on COVID-19 (begun before offset 608000):
    health and social, no dispute.
  - "Wikinews interviews Don Blankenship, U.S. Constitution Party presidential nominee" (2020-10-19), "... Phil
    Collins, U.S. Prohibition Party presidential nominee" (2020-10-22), "... Bill Hammons, Unity Party of America
    presidential nominee" (2020-10-23), "... Jo Jorgensen, U.S. Libertarian Party presidential nominee"
    (2020-10-29), "... Brian Carroll, American Solidarity Party presidential nominee" (2020-10-30): domestic
    campaign interviews; the stored text keeps only the introductions and the questions (the answers, including
    those on Armenia and Azerbaijan, are not in the text field).
  - "Wikinews interviews 2020 Melbourne Lord Mayor Candidate Wayne Tseng" (2020-10-22), the two Groom by-election
    interviews (Craig Farquharson, Sandra Jephcott; 2020-11-27): local elections.
  - "GitHub blocks public access to youtube-dl after RIAA issues DMCA notice" (2020-10-26), "Wikinews discusses
    DRM and DMCA with Richard Stallman after GitHub re-enables public access to youtube-dl" (2020-11-17), "Red Hat
    to move focus away from CentOS in favour of Stream; ..." (2020-12-14), "Gregory Kurtzer discusses plans for
    Rocky Linux with Wikinews ..." (2020-12-18): software and copyright.
  - the two "TEST PAGE:Self-publish ..." stubs (dated 2021).
  - "On the campaign trail in the USA, October 2020" (2020-11-02): domestic campaign news (virus, debates, the
    Hunter Biden laptop, town halls); its foreign passages are a few sentences (Ratcliffe's claim that Iran spoofed
    e-mails, fifty former intelligence officials on "a Russian information operation", the White House-brokered
    Sudan–Israel deal). Doubt: it could be read as in the domain (a state's charge against another state); left
    out because the dispute is incidental, not the article's subject, unlike the September roundup's war section.
  - "Joe Biden projected US president-elect" (2020-11-07): domestic politics.
  - "Turkish government stops search of survivors of Aegean Sea earthquake off Izmir" (2020-11-07): a natural
    disaster; one sentence on the Turkish–Greek quarrel over Mediterranean resources.
  - "Suspect in Kenosha, Wisconsin protester killings released from jail on US$2 million bond" (2020-11-22):
    domestic crime and court.
  - "Violence breaks out in Washington, DC at pro-Trump protest" (2020-11-17), "US federal agency announces plans
    to begin presidential transition process following Trump election loss" (2020-11-26), "Conservative groups
    hold rally in Washington D.C. claiming U.S. elections were stolen from President Trump" (2020-12-15): already in
    tests/corpus/test/index.json (and domestic).
  - "Prime Minister of Slovakia Igor Matovič tests positive for COVID-19" (2020-12-21): already in
    tests/corpus/test3/index.json (and health).
  - "'Earth-based life can survive in hydrogen-rich atmospheres': MIT professor Dr Seager ..." (2020-12-25):
    science; "Chilean authorities report first COVID-19 outbreak in Antarctica" (2020-12-26): health; "US
    professional wrestler Jon Huber dies aged 41" (2020-12-28): sport.
Same-article check: the title and url are in no tests/corpus/index.json, tests/corpus/*/index.json or
tests/corpus/test12/index_*.json (index_c and index_d held other articles when this part was written).

Reading choices (doubts):
- Trump and Biden (and Jorgensen) as campaigners are read as persons acting for their own campaigns ("The Trump
  campaign", "The Biden campaign" are aliases), kind "person": the article sets them against each other as
  candidates, not as speakers for the United States or their parties. Where Trump acts as president for the state
  (the Trump administration's deals, mediating the Abraham Accords) the actor is the United States. A reading with
  the parties (Republican Party, Democratic Party, Libertarian Party) as actors would be defensible.
- Israel, the UAE, Bahrain, Serbia and Kosovo are read as the sides of the US-mediated deals (parties), the deals
  as ties (alliances, kind "other"); the Egypt–Israel peace treaty of the precedent paragraph as a standing tie.
- Russia's 1994 cease-fire is read as mediation although it is background.

Doubts are marked "Doubt:" beside the item; what was deliberately not annotated is listed under the article.
"""

from build_gold import A, M, P, X  # noqa: F401

# --- On the campaign trail in the USA, September 2020 (2020-10-29) -------------------------------------------
# US campaign (Trump against Biden).
CT_LEAD = (
    "As the campaign entered September, Democratic Party presidential nominee Joe Biden led President Donald Trump, "
    "the Republican Party presidential nominee, in the RealClearPolitics head-to-head polling average, 49.0 percent "
    "to 43.0 percent."
)
CT_SCARE = (
    "His opponent, Biden, in a message to fundraisers, accused Trump of \"trying to scare the hell out of "
    "America.\""
)
CT_CRITICIZED = (
    "The Trump campaign criticized Biden for not denouncing Antifa and for making the trip despite claiming "
    "previously that it was not safe to do so due to the coronavirus pandemic."
)
CT_MINI = (
    "First, after CNN reporter and former Bill Clinton White House Press Secretary Joe Lockhart questioned whether "
    "the President's impromptu visit to Walter Reed Hospital last November was the result of a stroke, Trump "
    "alleged the media was falsely claiming he had suffered from \"mini-strokes.\""
)
CT_WOODWARD = (
    "Lastly, excerpts from Bob Woodward's book Rage, for which Trump gave insider access, revealed Trump downplayed "
    "the coronavirus in February in order to avoid public panic."
)
CT_BETRAYAL = (
    "Biden, while campaigning in Michigan, called Trump's action \"a life-and-death betrayal of the American "
    "people.\""
)
CT_DESPICABLE = "He described it as \"beyond despicable\" and \"almost criminal.\""
CT_ARSONIST = (
    "Biden delivered a speech in Delaware in which he called Trump a \"climate arsonist,\" citing the recent "
    "California wildfires, flooding and Atlantic hurricanes."
)
CT_BLOOMBERG = (
    "Furthermore, a major boost for Biden in Florida came with the announcement that former New York City Mayor "
    "Michael Bloomberg planned to invest US$100 million into the state and offered to pay fines for former inmates "
    "to regain their ability to vote."
)
CT_CRIMINAL = "Trump claimed the move was criminal."
CT_RACIST = "During the course of the debate, Biden called Trump a clown, a racist, and the worst president."
CT_LOSERS = (
    "After Biden attacked Trump for the alleged \"losers\" and \"suckers\" comment reported in The Atlantic, Trump "
    "brought up Biden's son Hunter Biden and his dealings in Ukraine and China."
)
CT_DEATHS = "Biden attacked Trump for the over 200,000 U.S. deaths from coronavirus."
CT_CORRUPT = (
    "\"We are the real choice for American voters in November,\" Jorgensen argued, \"yet the corrupt Commission on "
    "Presidential Debates refuses to have me."
)
# US-brokered deals (Abraham Accords; Serbia and Kosovo).
CT_DEALS = (
    "Building on the deal brokered between Israel and the United Arab Emirates (UAE) the previous month, the Trump "
    "administration announced additional deals between Israel and Bahrain and between Serbia, Kosovo, and Israel."
)
CT_RECOGNIZED = (
    "Like the UAE, the Muslim majority nations of Bahrain and Kosovo recognized Israel and opened diplomatic "
    "relations with the nation."
)
CT_ANTAGONISTIC = (
    "The formerly antagonistic nations of Serbia and Kosovo opened economic ties as well and Serbia agreed to move "
    "its embassy in Israel from Tel Aviv to Jerusalem."
)
CT_PRECEDENT = "There is precedent for the U.S. President mediating international disputes."
CT_CARTER = (
    "President Jimmy Carter mediated an end to the conflict between Israel and Egypt at the Camp David Accords in "
    "1978 that brought about the 1979 Egypt–Israel peace treaty and the normalization of relations between the two "
    "nations."
)
CT_ABRAHAM = (
    "And President Trump, in September 2020, addressed the Arab–Israeli conflict in mediating the Abraham Accords "
    "that normalized relations between Israel and the United Arab Emirates and Bahrain."
)
# Armenia and Azerbaijan.
CT_ERUPTED = (
    "A longstanding conflict between the nations of Armenia and Azerbaijan erupted into violence late in September."
)
CT_ARTSAKH = (
    "It lies within the internationally-recognized borders of Azerbaijan but the Armenian-backed separatist "
    "Republic of Artsakh currently occupies it."
)
CT_1994 = "Armenia and Azerbaijan fought a war over the Nagorno-Karabakh region in 1994."
CT_RUSSIA = "Russia brokered a cease-fire agreement but skirmishes continued to break out."
CT_ARMENIANS = "The Armenians claim they were retaliating against missile attacks from Azerbaijan."
CT_AZERBAIJANIS = "The Azerbaijanis state they were responding to Armenian aggression."
CT_TURKEY = "The president of Turkey vowed support for Azerbaijan, while Russia called for a cessation of fighting."
CT_INTERFERING = (
    "Although Trump's State Department asked for any \"external party\" not to involve themselves in the conflict, "
    "his main presidential rival Joe Biden called on the President to demand directly that Turkey stop interfering "
    "on Azerbaijan's behalf."
)

GOLD = {
    # A US-campaign roundup with a section on the Armenia–Azerbaijan war over Nagorno-Karabakh and a paragraph on
    # the US-brokered Abraham Accords and Serbia–Kosovo deal; the candidates trade charges.
    "2020-10-29-on-the-campaign-trail-in-the-usa-september-2020": [
        # --- Armenia and Azerbaijan ---
        P("Armenia", "state", CT_ERUPTED, CT_ARMENIANS, aliases=["Armenian", "Armenians"]),
        P("Azerbaijan", "state", CT_ERUPTED, CT_AZERBAIJANIS, aliases=["Azerbaijani", "Azerbaijanis"]),
        # The separatist authority that holds Nagorno-Karabakh; "Artsakh deaths", "Artsakh soldiers".
        P("Republic of Artsakh", "separatist_authority", CT_ARTSAKH,
          aliases=["Artsakh", "separatist Republic of Artsakh"]),
        # "Armenian-backed" (as "an Iranian-backed militia" in the README's gold).
        A(["Armenia", "Republic of Artsakh"], "military_support", CT_ARTSAKH),
        A(["Turkey", "Azerbaijan"], "political_support", CT_TURKEY),
        # Doubt: the 1994 cease-fire is background, but brokering it is mediation between the same two states.
        M("Russia", CT_1994, CT_RUSSIA),
        # "The latest violence began with conflicting claims from both sides": one charge each way.
        X("Armenia", "Azerbaijan", "missile attacks from Azerbaijan", CT_ARMENIANS),
        X("Azerbaijan", "Armenia", "Armenian aggression", CT_AZERBAIJANIS),
        # Biden speaks as a candidate, for no state (see the docstring). Doubt: the charge is carried by a call on
        # the President ("demand directly that Turkey stop interfering").
        X("Joe Biden", "Turkey", "interfering on Azerbaijan's behalf", CT_INTERFERING),
        # --- US-brokered deals ---
        # Doubt: the sides of the deals read as parties (the article: Trump "addressed the Arab–Israeli conflict";
        # Serbia and Kosovo "formerly antagonistic").
        P("Israel", "state", CT_DEALS, CT_ABRAHAM, aliases=["Israeli"]),
        P("United Arab Emirates", "state", CT_DEALS, CT_ABRAHAM, aliases=["UAE"]),
        P("Bahrain", "state", CT_DEALS, CT_ABRAHAM),
        P("Serbia", "state", CT_DEALS, CT_ANTAGONISTIC),
        P("Kosovo", "state", CT_DEALS, CT_ANTAGONISTIC),
        # The Trump administration's deals and "the U.S. President mediating": the United States mediates (the
        # president acting for the state). Theodore Roosevelt (1905) and Carter (1978) are the same mediator in
        # the past, so no further item.
        M("United States", CT_PRECEDENT, CT_ABRAHAM),
        # One tie per deal. Doubt: the White House signing of the UAE, Bahrain and Israel is the same two deals, not
        # read as a third (trilateral) tie.
        A(["Israel", "United Arab Emirates"], "other", CT_DEALS),
        A(["Israel", "Bahrain"], "other", CT_DEALS, CT_RECOGNIZED),
        # Doubt: one trilateral deal as the article names it ("between Serbia, Kosovo, and Israel"); a pairwise
        # reading (Kosovo recognising Israel, Serbia and Kosovo's economic ties, Serbia's embassy move) is possible.
        A(["Serbia", "Kosovo", "Israel"], "other", CT_DEALS, CT_RECOGNIZED, CT_ANTAGONISTIC),
        # Doubt: a precedent paragraph; the peace treaty is read as a standing tie (the article says nothing of it
        # ending).
        A(["Egypt", "Israel"], "other", CT_CARTER),
        # --- US campaign ---
        P("Donald Trump", "person", CT_LEAD,
          aliases=["Trump", "President Trump", "President Donald Trump", "Trump campaign", "The Trump campaign"]),
        P("Joe Biden", "person", CT_LEAD,
          aliases=["Biden", "Biden campaign", "The Biden campaign", "Democratic Party presidential nominee Joe Biden"]),
        # Doubt: Bloomberg's money for Biden in Florida read as declared political support.
        A(["Michael Bloomberg", "Joe Biden"], "political_support", CT_BLOOMBERG),
        X("Joe Biden", "Donald Trump", "trying to scare the hell out of America", CT_SCARE),
        # Two different allegations in one sentence: two items.
        X("Donald Trump", "Joe Biden", "not denouncing Antifa", CT_CRITICIZED, speaker="Trump campaign"),
        # Doubt: this one is near a judgment of a decision (the trip); read as a charge of saying one thing and
        # doing another.
        X("Donald Trump", "Joe Biden",
          "making the trip despite claiming previously that it was not safe to do so due to the coronavirus pandemic",
          CT_CRITICIZED, speaker="Trump campaign"),
        # "the media" is the only name the article gives the accused (as test11_a's "the media").
        X("Donald Trump", "the media", "falsely claiming he had suffered from mini-strokes", CT_MINI),
        # Trump's "action" is downplaying the coronavirus (CT_WOODWARD). Doubt: near a judgment of a decision; read
        # as a charge ("betrayal", "almost criminal").
        X("Joe Biden", "Donald Trump", "a life-and-death betrayal of the American people; almost criminal",
          CT_WOODWARD, CT_BETRAYAL, CT_DESPICABLE),
        X("Joe Biden", "Donald Trump", "climate arsonist", CT_ARSONIST),
        X("Donald Trump", "Michael Bloomberg", "the move was criminal", CT_BLOOMBERG, CT_CRIMINAL),
        # Doubt: a label ("a racist") read as an accusation (as labelling someone a terrorist); "a clown" and "the
        # worst president" are insults, not separate items.
        X("Joe Biden", "Donald Trump", "a racist", CT_RACIST),
        X("Joe Biden", "Donald Trump", "the alleged \"losers\" and \"suckers\" comment", CT_LOSERS),
        X("Joe Biden", "Donald Trump", "the over 200,000 U.S. deaths from coronavirus", CT_DEATHS),
        # Jorgensen as a candidate, like Trump and Biden; the Commission is an organisation.
        X("Jo Jorgensen", "Commission on Presidential Debates", "corrupt; refuses to have me", CT_CORRUPT),
        # Not items: the Armenian and Azerbaijani casualty claims ("Armenia claimed 790 Azerbaijani soldiers had
        # been killed", "Azerbaijan claimed to have killed about 2,300 Artsakh soldiers": claims of their own
        # successes, no wrong alleged); "Russia called for a cessation of fighting", the State Department's call on
        # any "external party", Trump's "We'll see if we can stop it" and Collins's "split the disputed area in
        # half" (calls and wishes, no mediation; Russia, the United States and the candidates are no parties of the
        # war); Turkey is no party (it only vows support). Theodore Roosevelt's 1905 Japan–Russia mediation and the
        # treaty that ended the Russo-Japanese War (a past tie; doubt). Domestic: Trump's "acts of \"domestic
        # terror\"" (riots, no accused actor named; doubt); The Atlantic's "losers" and "suckers" report, the New
        # York Times's tax allegations and the Woodward excerpts (publications' own reports); Lockhart's question
        # (a question); "Trump attacked Drudge as a consistent Trump opponent" and the calls to fire Lockhart and
        # Griffin (no allegation stated); aides' and Bolton's denials; Trump's "fake news" (a denial; doubt);
        # Romney's "unthinkable and unacceptable", Biden's "national embarrassment", Bash's "shitshow", "a mess"
        # (judgments); the Democrats' Garland argument (doubt); Trump's fraud claims about mail-in and postal
        # voting and his "forest mismanagement" (no accused named); Trump bringing up Hunter Biden's dealings (no
        # allegation stated; doubt); "Trump insulted Biden as unintelligent" (an insult); "Trump claimed Democrats
        # pushed Biden to the far left" (a political characterisation; doubt); Trump's remark that Antifa "needed
        # to be addressed" (no allegation stated); Twitter's warning (an act, no statement). No alliance for the
        # running mates, Harris's campaigning or Christie's and Giuliani's debate help (one side).
    ],
}
