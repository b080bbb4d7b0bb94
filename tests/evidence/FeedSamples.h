#pragma once

// Feeds for tst_feedparser (kept out of the test file: moc cannot read these raw strings).
#include <QByteArray>

inline const QByteArray kRssSample = QByteArray(R"(<?xml version="1.0"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"><channel>
<title>NICE: new guidance</title><link>https://www.nice.org.uk/</link>
<item><title>Asthma &amp; COPD update</title><link>https://www.nice.org.uk/guidance/ng245</link>
<description>&lt;p&gt;Updated &lt;b&gt;guidance&lt;/b&gt;&lt;/p&gt;</description><media:title>no</media:title>
<guid isPermaLink="false">ng245-2024</guid><pubDate>Wed, 27 Nov 2024 09:00:00 GMT</pubDate></item>
<item><title>No guid</title><link>/guidance/ng246</link><dc:date>2024-12-01</dc:date></item>
</channel></rss>)");

inline const QByteArray kAtomSample = QByteArray(R"(<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">SIGN</title>
<link href="https://www.sign.ac.uk/"/><link rel="self" href="https://www.sign.ac.uk/feed.atom"/>
<entry><title>SIGN 158: asthma</title><link rel="alternate" href="https://www.sign.ac.uk/sign-158"/>
<id>urn:sign:158</id><updated>2024-07-01T12:00:00+01:00</updated><summary type="html">&lt;p&gt;British guideline&lt;/p&gt;</summary></entry>
</feed>)");

