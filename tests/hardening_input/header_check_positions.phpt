--TEST--
Hardening: the word-at-a-time header scan finds CR, LF and NUL at every position of values of 1 to 40 bytes and nothing else (tab, VT, 0x0e, bytes above 0x7f pass)
--EXTENSIONS--
workerman
--FILE--
<?php
use Workerman\Protocols\Http\Response;
$bad = 0;
foreach (["\r", "\n", "\0", "\t", "\x0b", "\x0e", "\x80", "\xff"] as $c) {
  for ($len = 1; $len <= 40; $len++) for ($pos = 0; $pos < $len; $pos++) {
    $v = str_repeat('a', $len); $v[$pos] = $c;
    $threw = false;
    try { new Response(200, ['X' => $v]); } catch (InvalidArgumentException $e) { $threw = true; }
    $should = in_array($c, ["\r", "\n", "\0"], true);
    if ($threw !== $should) { $bad++; echo json_encode([$c, $len, $pos]), "\n"; }
  }
}
echo "mismatches: $bad\n";

?>
--EXPECT--
mismatches: 0
