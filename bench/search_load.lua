-- wrk script: each request searches one of these queries (words, phrases, prefixes, OR,
-- filters), in turn, 10 hits per page.
local queries = {
  "banjir", "presiden", "harga beras", "\"korea utara\"", "pemerin*", "sepak bola",
  "jakarta OR surabaya", "gempa -tsunami", "pemilu lang:id", "minister", "ekonomi indonesia",
  "polisi menangkap", "menteri keuangan", "timnas", "harga minyak", "kebakaran hutan",
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
