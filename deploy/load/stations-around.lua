-- wrk script for GET /api/v1/stations/around/ (deploy/load/stations-benchmark.sh): each request asks around a
-- point drawn from a seeded list of European city points. Environment: POINTS (Lua file returning {{lat, lon}}),
-- TOKEN (partner token), RADIUS (metres), SEED, RATE and THREADS (optional: hold RATE requests/s in all, split over
-- wrk's THREADS threads, on a fixed schedule: a request whose slot has come goes out on the next free connection, a
-- late one at once, so the rate does not sag when answers slow down).
local points = dofile(os.getenv("POINTS"))
local radius = os.getenv("RADIUS") or "5000"
local seed = tonumber(os.getenv("SEED") or "42")
local rate = tonumber(os.getenv("RATE") or "0")
local threads = tonumber(os.getenv("THREADS") or "1")
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

if rate > 0 then
  local ffi = require("ffi")
  ffi.cdef [[
    typedef struct { long tv_sec; long tv_nsec; } pacing_timespec;
    int clock_gettime(int clock_id, pacing_timespec *tp);
  ]]
  local now = ffi.new("pacing_timespec")
  local function now_ms()
    ffi.C.clock_gettime(1, now) -- CLOCK_MONOTONIC
    return tonumber(now.tv_sec) * 1000 + tonumber(now.tv_nsec) / 1e6
  end
  local period_ms = 1000 * threads / rate
  local next_slot = nil

  function delay()
    local t = now_ms()
    if next_slot == nil then
      next_slot = t
    end
    next_slot = next_slot + period_ms
    return math.max(0, math.floor(next_slot - t + 0.5))
  end
end
