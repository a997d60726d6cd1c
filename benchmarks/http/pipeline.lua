-- benchmarks/http/pipeline.lua: wrk script writing DEPTH requests per write (pipelined).
--   wrk -t1 -c100 -d5 -s pipeline.lua http://127.0.0.1:PORT -- MODE [DEPTH] [POOL] [SEED]
-- MODE same:   DEPTH identical "GET / HTTP/1.1" requests (what wrk's own pipeline example does);
-- MODE varied: a pool of POOL (default 32768) distinct requests of ~350 bytes (random path,
--   query string, cookie and request-id header), generated here from a fixed SEED so every
--   run and every server sees the same bytes, sent DEPTH per write in pool order. No request
--   repeats within POOL, which defeats per-request caches (Workerman's caches the last 512).
local batches, next_batch = {}, 0

local function hex(n)
  local t = {}
  for i = 1, n do t[i] = string.format("%x", math.random(0, 15)) end
  return table.concat(t)
end

local words = { "api", "v1", "v2", "users", "items", "orders", "search", "static", "img",
  "profile", "settings", "cart", "checkout", "news", "blog", "tag", "feed", "docs" }
local function word() return words[math.random(#words)] end

local function varied(host)
  local path = "/" .. word() .. "/" .. word() .. "/" .. math.random(1, 999999)
  local query = "id=" .. math.random(1, 99999999) .. "&q=" .. word() .. "+" .. word() ..
    "&page=" .. math.random(1, 500) .. "&sort=" .. word() .. "&token=" .. hex(16)
  return "GET " .. path .. "?" .. query .. " HTTP/1.1\r\n" ..
    "Host: " .. host .. "\r\n" ..
    "User-Agent: wrk-bench/1.0 (varied)\r\n" ..
    "Accept: text/html,application/json;q=0.9,*/*;q=0.8\r\n" ..
    "Accept-Language: en-US,en;q=0.5\r\n" ..
    "Cookie: sid=" .. hex(32) .. "; theme=" .. word() .. "\r\n" ..
    "X-Request-Id: " .. hex(8) .. "-" .. hex(4) .. "-" .. hex(4) .. "-" .. hex(12) .. "\r\n" ..
    "\r\n"
end

init = function(args)
  local mode, depth = args[1] or "same", tonumber(args[2] or 16)
  local pool, seed = tonumber(args[3] or 32768), tonumber(args[4] or 42)
  local host = wrk.host .. ":" .. wrk.port
  if mode == "same" then
    local one = "GET / HTTP/1.1\r\nHost: " .. host .. "\r\n\r\n"
    batches[1] = string.rep(one, depth)
    return
  end
  math.randomseed(seed)
  local bytes = 0
  for b = 1, math.max(1, math.floor(pool / depth)) do
    local reqs = {}
    for i = 1, depth do
      reqs[i] = varied(host)
      bytes = bytes + #reqs[i]
    end
    batches[b] = table.concat(reqs)
  end
  io.stderr:write(string.format("pipeline.lua: %d distinct requests, %.0f bytes each on average\n",
    #batches * depth, bytes / (#batches * depth)))
end

request = function()
  next_batch = next_batch % #batches + 1
  return batches[next_batch]
end
