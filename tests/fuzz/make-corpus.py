#!/usr/bin/env python3
"""Writes the seed corpora in tests/fuzz/corpus/<target>/ (small, real-looking inputs).

Run it again after changing it; the fuzzers add what they find to their own working corpus
(build tree), never to these folders, so the repository stays small.
"""
import io
import json
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def put(target, name, data):
    folder = os.path.join(CORPUS, target)
    os.makedirs(folder, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def zipped(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2024, 11, 27, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


# X/Twitter -------------------------------------------------------------------------------
def tweet(i, text, tags=(), reply=None):
    t = {
        "id_str": str(1730000000000000000 + i), "id": str(1730000000000000000 + i),
        "full_text": text + " https://t.co/abc",
        "created_at": "Wed Nov 27 20:%02d:24 +0000 2024" % (i % 60),
        "favorite_count": "3",
        "entities": {
            "hashtags": [{"text": t, "indices": ["0", "5"]} for t in tags],
            "urls": [{"url": "https://t.co/abc", "expanded_url": "https://www.nice.org.uk/guidance/ng51"}],
            "user_mentions": [{"screen_name": "WeNurses"}],
        },
    }
    if reply:
        t["in_reply_to_status_id_str"] = reply
        t["in_reply_to_screen_name"] = "WeNurses"
    return {"tweet": t}


def ytd(name, items):
    return "window.YTD.%s.part0 = %s" % (name, json.dumps(items, indent=1))


tweets = ytd("tweets", [
    tweet(1, "Great #wenurses chat tonight on sepsis recognition &amp; escalation", ["wenurses", "sepsis"]),
    tweet(2, "A1: NEWS2 every four hours on our ward", ["wenurses"], reply="1730000000000000001"),
    tweet(3, "Reading the new asthma guideline before clinic"),
])
likes = ytd("like", [
    {"like": {"tweetId": "1729000000000000000", "fullText": "Free #CPD webinar on frailty", "expandedUrl": "https://twitter.com/i/web/status/1729000000000000000"}},
    {"like": {"tweetId": "12345", "fullText": "old"}},
])
account = ytd("account", [{"account": {"username": "nurse_jo", "accountDisplayName": "Jo"}}])
old_tweet = "window.YTD.tweet.part0 = " + json.dumps([{"tweet": {"id": "20", "text": "just setting up my twttr", "created_at": "Tue Mar 21 20:50:14 +0000 2006"}}])

put("twitter_archive", "archive.zip", zipped([("data/account.js", account), ("data/tweets.js", tweets), ("data/like.js", likes)]))
put("twitter_archive", "parts.zip", zipped([("twitter-2024/data/tweets-part1.js", tweets), ("twitter-2024/data/tweets.js", old_tweet)]))
put("twitter_archive", "unsafe-path.zip", zipped([("../data/tweets.js", tweets)]))
put("twitter_archive", "no-tweets.zip", zipped([("data/like.js", likes)]))
put("twitter_archive", "empty-account.zip", zipped([("data/account.js", "window.YTD.account.part0 = []"), ("data/tweets.js", tweets)]))

# The first byte of a twitter_tweets input: bit 0 likes, 1 hashtag filter, 2 date filter, 3 username.
put("twitter_tweets", "tweets.js", b"\x08" + tweets.encode())
put("twitter_tweets", "tweets-filtered.js", b"\x0e" + tweets.encode())
put("twitter_tweets", "like.js", b"\x01" + likes.encode())
put("twitter_tweets", "old-tweet.js", b"\x00" + old_tweet.encode())
put("twitter_tweets", "bad-date.js", b"\x00" + ytd("tweets", [{"tweet": {"id_str": "1", "full_text": "x", "created_at": "Feb 30 2024"}}]).encode())

# Mastodon --------------------------------------------------------------------------------
outbox = json.dumps({
    "@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", "type": "OrderedCollection",
    "totalItems": 4,
    "orderedItems": [
        {"id": "https://mastodon.nhs.example/users/jo/statuses/1/activity", "type": "Create",
         "actor": "https://mastodon.nhs.example/users/jo", "published": "2024-11-27T20:00:00Z",
         "object": {"id": "https://mastodon.nhs.example/users/jo/statuses/1", "type": "Note",
                    "url": "https://mastodon.nhs.example/@jo/1", "summary": "work",
                    "content": "<p>Notes from the <a href=\"https://mastodon.nhs.example/tags/wenurses\">#<span>wenurses</span></a> chat on sepsis &amp; NEWS2</p>",
                    "inReplyTo": None, "tag": [{"type": "Hashtag", "name": "#wenurses"}, {"type": "Mention", "name": "@rcn"}]}},
        {"id": "https://mastodon.nhs.example/users/jo/statuses/2/activity", "type": "Announce",
         "actor": "https://mastodon.nhs.example/users/jo", "published": "2024-11-28T08:00:00+00:00",
         "object": "https://social.example/@nice/99"},
        {"id": "https://mastodon.nhs.example/users/jo/statuses/3/activity", "type": "Create",
         "published": "2024-11-29T08:00:00Z",
         "object": {"type": "Question", "content": "Which inhaler?", "url": "javascript:alert(1)"}},
        {"id": "x", "type": "Follow", "object": "https://social.example/@rcn"},
    ],
}, indent=1)
actor = json.dumps({"id": "https://mastodon.nhs.example/users/jo", "type": "Person", "preferredUsername": "jo", "name": "Jo, RN"})
put("mastodon_archive", "outbox.json", outbox)
put("mastodon_archive", "archive.zip", zipped([("outbox.json", outbox), ("actor.json", actor)]))
put("mastodon_archive", "nested.zip", zipped([("archive-2024/outbox.json", outbox), ("archive-2024/actor.json", "{}")]))
put("mastodon_outbox", "outbox-and-actor.json", outbox.encode() + b"\0" + actor.encode())
put("mastodon_outbox", "outbox.json", outbox)
put("mastodon_outbox", "not-outbox.json", '{"orderedItems": {"type": "Note"}}')

# Bookmarks -------------------------------------------------------------------------------
put("bookmarks", "firefox.html", """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<!-- This is an automatically generated file. -->
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE>
<H1>Bookmarks Menu</H1>
<DL><p>
    <DT><H3 ADD_DATE="1700000000" LAST_MODIFIED="1700000100">CPD</H3>
    <DL><p>
        <DT><A HREF="https://www.nice.org.uk/guidance/ng136" ADD_DATE="1700000000" TAGS="bp,nice">NICE NG136 &amp; more</A>
        <DD>Hypertension in adults: diagnosis and management
        <DT><H3>Sepsis</H3>
        <DL><p>
            <DT><A HREF="https://www.rcn.org.uk/clinical-topics/infection-prevention-and-control" ADD_DATE="1710000000">RCN IPC</A>
        </DL><p>
        <DT><A HREF="javascript:void(0)">bookmarklet</A>
        <DT><A HREF="place:sort=8&maxResults=10">Recent</A>
    </DL><p>
    <DT><A HREF="https://www.nmc.org.uk/revalidation/" ADD_DATE="bad" ICON="data:image/png;base64,iVBORw0KGgo=">NMC revalidation</A>
</DL>
""")
put("bookmarks", "chrome.html", """<!DOCTYPE NETSCAPE-Bookmark-file-1>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">
<TITLE>Bookmarks</TITLE><H1>Bookmarks</H1>
<DL><p><DT><H3 PERSONAL_TOOLBAR_FOLDER="true">Bookmarks bar</H3><DL><p>
<DT><A HREF="https://www.gov.uk/government/collections/all-our-health-personalised-care-and-population-health">All Our Health</A>
<DT><A HREF="file:///home/jo/notes.txt">notes</A></DL><p></DL><p>
""")

# Page metadata (first line: the Content-Type header) --------------------------------------
put("page_metadata", "nice.html", """text/html; charset=utf-8
<!DOCTYPE html><html lang="en-GB"><head>
<meta charset="utf-8"><title>Overview | Hypertension in adults: diagnosis and management | Guidance | NICE</title>
<meta property="og:title" content="Hypertension in adults: diagnosis and management">
<meta name="DC.Publisher" content="NICE"><meta name="DC.Identifier" content="NG136">
<meta name="DC.Issued" content="2019-08-28"><meta name="DCTERMS.modified" content="2023-11-21T10:00:00Z">
<meta name="description" content="This guideline covers identifying and treating primary hypertension&hellip;">
<link rel="canonical" href="/guidance/ng136"><script>var t='<title>no</title>';</script>
<!-- <title>commented</title> --></head><body><h1>Hypertension</h1></body></html>
""")
put("page_metadata", "latin1.html", b"text/html; charset=ISO-8859-1\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"><title>Caf\xe9 \x96 guide</title><meta name=\"citation_publication_date\" content=\"1 May 2024\">")
put("page_metadata", "utf16.html", b"\n\xff\xfe" + "<title>Caf\u00e9 guide</title><meta name=\"date\" content=\"May 2024\">".encode("utf-16-le"))
put("page_metadata", "gov-uk.html", """text/html
<html><head><TITLE>  Local  trust\n policy </TITLE><meta name="govuk:first-published-at" content="2024/05/01">
<meta name="govuk:updated-at" content="2024-06-01T09:00:00+01:00"><meta property="og:site_name" content="GOV.UK">
<meta charset=x-klingon></head></html>
""")

# Feeds -----------------------------------------------------------------------------------
put("feed", "rss.xml", """<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>NICE: new guidance</title><link>https://www.nice.org.uk/</link>
<item><title>Asthma &amp; COPD update</title><link>https://www.nice.org.uk/guidance/ng245</link>
<description>&lt;p&gt;Updated &lt;b&gt;guidance&lt;/b&gt;&lt;/p&gt;</description><media:title>no</media:title>
<guid isPermaLink="false">ng245-2024</guid><pubDate>Wed, 27 Nov 2024 09:00:00 GMT</pubDate></item>
<item><title>No guid</title><link>/guidance/ng246</link><dc:date>2024-12-01</dc:date></item>
</channel></rss>
""")
put("feed", "atom.xml", """<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">SIGN</title>
<link href="https://www.sign.ac.uk/"/><link rel="self" href="https://www.sign.ac.uk/feed.atom"/>
<entry><title>SIGN 158: asthma</title><link rel="alternate" href="https://www.sign.ac.uk/sign-158"/>
<id>urn:sign:158</id><updated>2024-07-01T12:00:00+01:00</updated><summary type="html">&lt;p&gt;British guideline&lt;/p&gt;</summary></entry>
</feed>
""")
put("feed", "rss1.xml", """<?xml version="1.0" encoding="ISO-8859-1"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://www.rcn.org.uk/"><title>RCN</title><link>https://www.rcn.org.uk/</link></channel>
<item rdf:about="https://www.rcn.org.uk/news/1"><title>Nurses &amp; pay</title><link>https://www.rcn.org.uk/news/1</link><dc:date>Mon, 02 Dec 2024 10:00:00 +0000</dc:date>
<description><![CDATA[<p>News <script>x</script></p>]]></description></item></rdf:RDF>
""")
put("feed", "doctype.xml", """<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x "&#38;#38;">]><rss><channel><title>&x;</title></channel></rss>""")

# Entry JSON ------------------------------------------------------------------------------
entry = {
    "id": "0b6c6a52-6f3e-4e0b-9a3c-5d0d4f2f0a11", "title": "Asthma update for practice nurses",
    "date": "2026-02-03", "activity": "course", "hours": 3, "participatory_hours": 2,
    "template": "nmc",
    "reflection": {"nature": "A half-day course on inhaler technique.", "learned": "Most patients were not using spacers.",
                   "changed": "I now check technique at every review.", "code": "Practise effectively."},
    "code_themes": ["practise-effectively"], "tags": ["asthma", "respiratory"],
    "links": [{"kind": "guideline", "url": "https://www.nice.org.uk/guidance/ng245", "title": "Asthma"}],
    "topics": [{"id": "air-pollution", "level": "individual"}], "status": "final",
    "created": "2026-02-03T10:00:00Z", "updated": "2026-02-04T10:00:00.250Z", "x-custom": {"kept": True},
}
gp = {"title": "Significant event: missed sepsis", "date": "2025-12-01", "end_date": "2025-12-02",
      "activity": "significant-event", "hours": 1.5, "credits": 3, "template": "gibbs",
      "reflection": {"description": "Child with fever.", "feelings": "Worried.", "evaluation": "x", "analysis": "y",
                     "conclusion": "z", "action_plan": "Safety-net."},
      "gmp_domains": ["colleagues-culture-safety"], "feedback_source": "colleague", "feedback_type": "verbal", "status": "draft"}
put("entry_json", "entry.json", json.dumps(entry, indent=1))
put("entry_json", "entries.json", json.dumps([entry, gp]))
put("entry_json", "invalid.json", json.dumps({"title": "", "date": "2026-02-30", "hours": -1, "activity": "napping"}))

# Journal JSON (import json) ----------------------------------------------------------------
journal = {
    "format": "cpdjournal-journal", "version": 1,
    "profile": None,
    "entries": [entry],
    "trash": [{"deleted_at": "2026-03-01T09:00:00Z", "entry": dict(gp, id="7e0a5f7e-7d3e-4a55-8d6f-0f2b3c4d5e6f",
                                                                    created="2025-12-01T09:00:00Z", updated="2025-12-01T09:00:00Z")}],
    "records": [],
    "tables": {"guidelines": [], "social_finds": []},
}
put("journal_json", "journal.json", json.dumps(journal, indent=1))
put("journal_json", "empty.json", json.dumps({"format": "cpdjournal-journal", "version": 1, "entries": [], "trash": [], "records": [], "tables": {}}))
put("journal_json", "newer.json", json.dumps({"format": "cpdjournal-journal", "version": 2}))

# Confidentiality scanner ---------------------------------------------------------------------
put("privacy_scanner", "reflection.txt", """Mrs Patel (DOB 03/04/1950, NHS number 943 476 5919) came in from BS1 6QT;
her daughter rang on 07700 900123 and emailed jo.patel@example.com. Dr Sarah O'Connor reviewed.
I read NICE NG136 and CG181 on 12/03/2024 and did 3 hours of CPD; QOF 85%. doi:10.1136/bmj.n71
See https://www.nice.org.uk/guidance/ng136 and call 0800 123 4567 or 111. Born in 1950. b. 5 May 1962.
Dr Foster Intelligence published the data; Dr. Then we discussed it with the Nurse Practitioner.""")
put("privacy_scanner", "clean.txt", "A half-day course on inhaler technique. Most patients were not using spacers. #wenurses @RCN v2.1 at 10:30")
put("privacy_scanner", "unicode.txt", "Ms Zoë Ní Bhriain, née O\u2019Brien \u2014 D.O.B.\u00a01\u20115\u20111980 SW1A\u00a01AA \U0001F600")

# Topic suggester (lines: title, reflection, tags…, link titles) -------------------------------
put("topic_suggester", "smoking.txt", """Stop smoking brief advice
I used very brief advice (Ask, Advise, Act) with three patients who smoke and referred two to the local stop smoking service; we talked about vaping, alcohol and air pollution at home.
smoking
tobacco
vaping
NICE NG209 Tobacco: preventing uptake, promoting quitting""")
put("topic_suggester", "mixed.txt", "Falls, frailty & dementia\nChildhood immunisation catch-up, MMR; obesity and physical activity; mental health and wellbeing; antimicrobial resistance\n\n\n\n")

# Team bundles (first byte even: the summary JSON, signed by the harness; odd: a whole file) -----
summary = {
    "format": 1, "member_id": "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b", "name": "Jo Bloggs", "role": "nurse",
    "professions": ["nurse"], "registration": "12A3456E", "registration_body": "nmc", "employer": "Riverside PCN",
    "registration_expiry": "2027-05-31", "next_appraisal_date": None, "revalidation_date": "2027-05-01",
    "as_of": "2026-03-14", "generated_at": "2026-03-14T09:30:00.000Z", "sequence": 3,
    "standards": [{"id": "nmc", "period": {"start": "2024-05-01", "end": "2027-05-01"}, "application_date": "2027-05-01",
                   "requirements": [{"id": "cpd_hours", "label": "CPD hours", "unit": "hours", "required": 35,
                                     "achieved": 20.5, "met": False, "missing": "14.5 hours"}]}],
    "hours_by_month": [{"month": "2026-02", "participatory": 2, "other": 1.5}],
    "topics": [{"id": "alcohol", "entries": 2, "hours": 3, "levels": {"individual": 2}}],
    "shared_entries": [entry],
    "totals": {"entries": 12, "hours": 20.5},
}
put("team_bundle", "summary.json", b"\0" + json.dumps(summary, sort_keys=True, separators=(",", ":")).encode())
put("team_bundle", "summary-wrong-member.json", b"\0" + json.dumps(dict(summary, member_id="other")).encode())
header = b"CPDTEAM\n" + b"\x00\x01" + b"6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b" + bytes(32)
payload = b"{}"
put("team_bundle", "unsigned.cpdteam", b"\x01" + header + len(payload).to_bytes(4, "big") + payload + bytes(64))

# The encrypted_file seeds (binary) were made once with FileCrypto::encryptBytes, passphrase
# "correct horse battery" and EncryptionParams::fastForTests(); they are not rewritten here.

print("corpus written to", CORPUS)
