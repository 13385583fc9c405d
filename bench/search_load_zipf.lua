-- wrk script for bench/search_load.sh's second run: queries drawn from the file named by
-- $QUERIES (bench/search_queries.py: 2-word queries from IndoSum titles) with Zipf
-- frequencies (the k-th query has weight 1/k), so a few queries repeat often and most are
-- rare, as in a news site's search log. Deterministic: a fixed-seed generator per thread.
local queries = {}
for line in io.lines(os.getenv("QUERIES")) do queries[#queries + 1] = line end
local cumulative, total = {}, 0
for k = 1, #queries do
  total = total + 1 / k
  cumulative[k] = total
end
local state = 12345
local function uniform()  -- Park-Miller's minimal standard generator (exact in doubles)
  state = (state * 16807) % 2147483647
  return state / 2147483647
end
local function pick()
  local r, lo, hi = uniform() * total, 1, #queries
  while lo < hi do  -- first k with cumulative[k] >= r
    local mid = math.floor((lo + hi) / 2)
    if cumulative[mid] >= r then hi = mid else lo = mid + 1 end
  end
  return queries[lo]
end
local function encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end
request = function()
  return wrk.format("GET", "/api/search?limit=10&q=" .. encode(pick()))
end
