-- wrk script for aivizor-server's /search.json on the large data set: each request a different
-- query built from the generator's words (one word, two words, a word with order:latest), so no
-- two consecutive requests search the same thing.
--   wrk -t2 -c32 -d10s --latency -s bench/wrk-search.lua http://127.0.0.1:PORT
local words = {
    "model", "latency", "token", "context", "benchmark", "weights", "prompt", "server", "quantized",
    "release", "agent", "memory", "throughput", "eval", "dataset", "license", "inference", "cache",
    "vector", "reasoning", "tool", "stream", "batch", "gpu", "cluster", "fine", "tune", "open",
    "hosted", "local", "small", "large", "fast", "careful", "update", "question", "answer", "result",
    "score", "window", "budget", "limit", "schema", "client", "reader", "thread", "reply", "community",
}
local n = 0

request = function()
    n = n + 1
    local a = words[n % #words + 1]
    local b = words[(n * 7 + 3) % #words + 1]
    local q
    if n % 3 == 0 then
        q = a
    elseif n % 3 == 1 then
        q = a .. "+" .. b
    else
        q = a .. "+order%3Alatest"
    end
    return wrk.format("GET", "/search.json?q=" .. q)
end
