-- wrk script for bench/search_load.sh: requests cycle through these 34 queries, 10 hits per
-- page. The mix (stated in bench/README.md "Search"): names (8), topical words and pairs (8),
-- phrases (4), very common words (4: in most or all articles), prefixes (2), OR/NOT (3) and
-- filters on outlet, site, language and date range (5, each with words).
local queries = {
  -- names
  "Jokowi", "Setya Novanto", "Anies Baswedan", "Cristiano Ronaldo", "Sri Mulyani",
  "kim jong un", "Trump", "Prabowo",
  -- topical words and pairs
  "banjir", "korupsi", "gempa bumi", "narkoba", "smartphone android", "harga beras",
  "inflasi rupiah", "timnas sepak bola",
  -- phrases
  "\"real madrid\"", "\"korea utara\"", "\"bank indonesia\"", "\"liga champions\"",
  -- very common words
  "indonesia", "yang", "pemerintah jakarta", "presiden",
  -- prefixes
  "pemerin*", "korup*",
  -- boolean
  "jakarta OR surabaya", "gempa -tsunami", "persija OR persib",
  -- filters
  "pilkada outlet:kumparan", "KPK site:antaranews.com", "film from:2023-01-01 to:2023-06-30",
  "ekonomi lang:id", "startup outlet:\"dailysocial.id\" from:2022-01-01",
}
local i = 0
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  i = i + 1
  local q = queries[(i % #queries) + 1]
  return wrk.format("GET", "/api/search?limit=10&q=" .. encode(q))
end
