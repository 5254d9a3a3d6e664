-- wrk script for GET /api/v1/stations/around/ (deploy/load/stations-benchmark.sh): each request asks around a
-- point drawn from a seeded list of European city points. Environment: POINTS (Lua file returning {{lat, lon}}),
-- TOKEN (partner token), RADIUS (metres), SEED, DELAY_MS (optional: pause per connection between requests, to hold
-- a lower rate).
local points = dofile(os.getenv("POINTS"))
local radius = os.getenv("RADIUS") or "5000"
local seed = tonumber(os.getenv("SEED") or "42")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local counter = 0

wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Accept"] = "application/json"

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(seed * 1000 + id)
end

function request()
  local p = points[math.random(#points)]
  return wrk.format("GET", "/api/v1/stations/around/?latitude=" .. p[1] .. "&longitude=" .. p[2]
    .. "&distance=" .. radius)
end

if delay_ms > 0 then
  function delay()
    return delay_ms
  end
end
