#pragma once

// JSON samples for tst_evidencecli, kept out of the test file because moc cannot read raw strings.
#include <QByteArray>
#include <QString>

inline const char* const kSample0 = R"({"title": "Asthma: British guideline", "publisher": "SIGN", "identifier": "SIGN 158", "url": "https://www.sign.ac.uk/sign-158", "published": "2019-07-01"})";

inline const char* const kSample1 = R"({"title": "AF found at flu clinic", "date": "2026-02-01", "activity": "patient-case", "hours": 1, "template": "free", "reflection": {"text": "Pulse check"}})";

inline const char* const kSample2 = R"({"summary": "Irregular pulse found opportunistically", "setting": "general practice", "age_band": "65-79",
            "learning_points": "Manual pulse at every flu jab", "outcome": "Anticoagulated", "follow_up": "Audit", "entries": ["%1"]})";

inline const char* const kSample3 = R"({"summary": "x", "dateOfBirth": "1950-01-01"})";

inline const char* const kSample4 = R"({"summary": "x", "age_band": "71"})";

inline const char* const kSample5 = R"({"summary": "x", "entries": ["no-such-entry"]})";

inline const char* const kSample6 = R"({"orderedItems": [
  {"id": "https://mastodon.example/users/jo/statuses/1/activity", "type": "Create", "actor": "https://mastodon.example/users/jo",
   "published": "2026-03-03T20:05:00Z",
   "object": {"id": "https://mastodon.example/users/jo/statuses/1", "type": "Note", "url": "https://mastodon.example/@jo/1",
              "content": "<p>Learning about <a href=\"#\">#AllOurHealth</a> &amp; prevention</p>",
              "tag": [{"type": "Hashtag", "name": "#AllOurHealth"}, {"type": "Mention", "name": "@x"}]}},
  {"id": "https://mastodon.example/users/jo/statuses/2/activity", "type": "Announce", "published": "2026-03-04T09:00:00Z",
   "object": "https://other.example/@a/99"},
  {"id": "https://mastodon.example/follow/1", "type": "Follow", "object": "https://other.example/users/b"}
]})";

inline const char* const kSample7 = R"({"id": "https://mastodon.example/users/jo", "preferredUsername": "jo"})";

inline const char* const kSample8 = R"({"orderedItems": [{"id": 5, "type": "Create"}]})";

