-- Numbers, strings, tables, closures, metatables, coroutines, errors.
local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end
print("fib(20)", fib(20))
print("int/float", 7 // 2, 7 / 2, 7 % -3, 2^10, 1e15 + 0.5, math.maxinteger, math.mininteger)
print(string.format("%5.2f|%-6d|%x|%q|%g|%.14g", math.pi, 42, 255, "a\nb", 1e300 * 10, 0.1))
print(math.sqrt(2), math.sin(1), math.exp(1), math.log(10), math.floor(-3.5), math.fmod(7, 3))
local t = {}
for i = 1, 200 do t[i] = (i * 7919) % 1000 end
table.sort(t)
print("sorted", t[1], t[100], t[200], #t, table.concat(t, ",", 1, 5))
local words = {}
for w in ("the quick brown fox jumps over the lazy dog"):gmatch("%a+") do
  words[w] = (words[w] or 0) + 1
end
local keys = {}
for k in pairs(words) do keys[#keys + 1] = k end
table.sort(keys)
for _, k in ipairs(keys) do io.write(k, "=", words[k], " ") end
print()
print(("hello"):upper(), ("Hello World"):gsub("o", "0"), ("abc"):rep(3, "-"), ("%d items"):format(3))
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x}, V) end
V.__tostring = function(v) return "V(" .. v.x .. ")" end
print(tostring(setmetatable({x = 1}, V) + setmetatable({x = 2}, V)))
local co = coroutine.wrap(function(a) for i = 1, 3 do a = coroutine.yield(a * i) end return "done" end)
print("coroutine", co(2), co(3), co(4), co(5))
print("pcall", pcall(function() error("boom") end))
print("pcall table", select(2, pcall(error, {code = 7})).code)
local ok, msg = pcall(function() local x = nil; return x.field end)
print("nil index", ok, msg)
print("utf8", utf8.char(72, 228, 8364), utf8.len("häé"))
local acc = 0
for i = 1, 100000 do acc = acc + i % 7 end
print("loop", acc)
print("goto")
do local i = 1 ::top:: if i <= 3 then io.write(i, " ") i = i + 1 goto top end end
print()
