window.YTD.tweets.part0 = [
 {
  "tweet": {
   "id_str": "1730000000000000001",
   "id": "1730000000000000001",
   "full_text": "Great #wenurses chat tonight on sepsis recognition &amp; escalation https://t.co/abc",
   "created_at": "Wed Nov 27 20:01:24 +0000 2024",
   "favorite_count": "3",
   "entities": {
    "hashtags": [
     {
      "text": "wenurses",
      "indices": [
       "0",
       "5"
      ]
     },
     {
      "text": "sepsis",
      "indices": [
       "0",
       "5"
      ]
     }
    ],
    "urls": [
     {
      "url": "https://t.co/abc",
      "expanded_url": "https://www.nice.org.uk/guidance/ng51"
     }
    ],
    "user_mentions": [
     {
      "screen_name": "WeNurses"
     }
    ]
   }
  }
 },
 {
  "tweet": {
   "id_str": "1730000000000000002",
   "id": "1730000000000000002",
   "full_text": "A1: NEWS2 every four hours on our ward https://t.co/abc",
   "created_at": "Wed Nov 27 20:02:24 +0000 2024",
   "favorite_count": "3",
   "entities": {
    "hashtags": [
     {
      "text": "wenurses",
      "indices": [
       "0",
       "5"
      ]
     }
    ],
    "urls": [
     {
      "url": "https://t.co/abc",
      "expanded_url": "https://www.nice.org.uk/guidance/ng51"
     }
    ],
    "user_mentions": [
     {
      "screen_name": "WeNurses"
     }
    ]
   },
   "in_reply_to_status_id_str": "1730000000000000001",
   "in_reply_to_screen_name": "WeNurses"
  }
 },
 {
  "tweet": {
   "id_str": "1730000000000000003",
   "id": "1730000000000000003",
   "full_text": "Reading the new asthma guideline before clinic https://t.co/abc",
   "created_at": "Wed Nov 27 20:03:24 +0000 2024",
   "favorite_count": "3",
   "entities": {
    "hashtags": [],
    "urls": [
     {
      "url": "https://t.co/abc",
      "expanded_url": "https://www.nice.org.uk/guidance/ng51"
     }
    ],
    "user_mentions": [
     {
      "screen_name": "WeNurses"
     }
    ]
   }
  }
 }
]