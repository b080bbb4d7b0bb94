window.YTD.like.part0 = [
 {
  "like": {
   "tweetId": "1729000000000000000",
   "fullText": "Free #CPD webinar on frailty",
   "expandedUrl": "https://twitter.com/i/web/status/1729000000000000000"
  }
 },
 {
  "like": {
   "tweetId": "12345",
   "fullText": "old"
  }
 }
]