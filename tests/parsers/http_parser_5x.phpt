--TEST--
HTTP parser (pure C) against Workerman 5.x's own Http::input on hand-written requests, the fuzz seeds and seeded random mutations of them: same length or same rejection, apart from the documented stricter cases (http_parser.h)
--SKIPIF--
<?php
if (trim((string)shell_exec('command -v cc 2>/dev/null')) === '') {
    die('skip no cc to build the parser driver');
}
$dir = getenv('WORKERMAN5_DIR');
if (!$dir || !is_file("$dir/src/Protocols/Http.php")) {
    die('skip set WORKERMAN5_DIR to a Workerman 5.x tree (its src/Protocols/Http.php is the reference)');
}
?>
--FILE--
<?php
// 5.x runs in a child php without this extension (which defines the real TcpConnection), with a stand-in
// connection holding just what Http::input touches; end() records the rejection.
$root = dirname(__DIR__, 2);
$tmp = sys_get_temp_dir() . '/wm_http_5x_' . getmypid();
@mkdir($tmp);
file_put_contents("$tmp/ref.php", <<<'PHP'
<?php
namespace Workerman\Connection {
    class TcpConnection
    {
        const MAX_CACHE_STRING_LENGTH = 4096;
        const MAX_CACHE_SIZE = 512;
        public $maxPackageSize = 10485760;
        public $context;
        public $ended;
        public function end($data, $raw = false) { $this->ended = $data; }
    }
}
namespace {
    require getenv('WORKERMAN5_DIR') . '/src/Protocols/Http.php';
    $in = file_get_contents($argv[1]);
    for ($at = 0; $at < strlen($in); $at += 16 + $n) {
        [, $n, $max] = unpack('P2', $in, $at);
        $c = new Workerman\Connection\TcpConnection();
        $c->maxPackageSize = $max;
        $len = Workerman\Protocols\Http::input(substr($in, $at + 16, $n), $c);
        echo $c->ended !== null ? 'E ' . substr($c->ended, 9, 3) : "L $len", "\n";
    }
}
PHP);

// The driver: reads [u64 len][u64 max_package][bytes]... and prints "status total_len head_len" per case.
file_put_contents("$tmp/drv.c", <<<'C'
#include "http_parser.h"
#include <stdio.h>
#include <stdlib.h>
int main(int argc, char **argv) {
	FILE *f = fopen(argv[1], "rb");
	uint64_t hdr[2];
	while (fread(hdr, 8, 2, f) == 2) {
		char *buf = malloc(hdr[0] ? hdr[0] : 1);
		if (fread(buf, 1, hdr[0], f) != hdr[0]) return 2;
		wm_http_limits lim = { WM_HTTP_MAX_HEAD, hdr[1] };
		wm_http_parser p;
		wm_http_parser_init(&p);
		int st = wm_http_parse_request(&p, buf, hdr[0], &lim);
		printf("%d %llu %u\n", st, (unsigned long long)p.total_len, p.head_len);
		free(buf);
	}
	return 0;
}
C);
exec(sprintf('cc -O1 -I%s %s %s -o %s 2>&1', escapeshellarg("$root/ext/http"), escapeshellarg("$tmp/drv.c"),
    escapeshellarg("$root/ext/http/http_parser.c"), escapeshellarg("$tmp/drv")), $out, $rc);
if ($rc !== 0) { echo implode("\n", $out), "\n"; exit; }

$seeds = [
    "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n",
    "GET /a?b=c HTTP/1.0\r\n\r\n",
    "POST /p HTTP/1.1\r\nHost: [::1]:8080\r\nContent-Length: 5\r\n\r\nhello",
    "POST /c HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;e=1\r\nhello\r\n0\r\nT: v\r\n\r\n",
    "PUT /x HTTP/1.1\r\nhost: h:1\r\ncontent-length: 0\r\ncookie: a=b\r\n\r\n",
    "OPTIONS /o HTTP/1.9\r\nHost: a.b\r\nX-Pad: \t v \t\r\n\r\n",
    "DELETE /d HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: CHUNKED\r\n\r\n0000000000000010\r\n0123456789abcdef\r\n0\r\n\r\n",
];
foreach (glob("$root/tests/fuzz/corpus/http_parser/*") as $file) {
    $seeds[] = substr(file_get_contents($file), 1);  // the first byte picks the fuzzer's limits
}
mt_srand(20260525);
$bytes = ["\r", "\n", "\0", ' ', ':', "\t", 'a', 'A', '?', '/', '[', ']', '0', '9', 'f', ';', '-', "\x7f", "\xff"];
$cases = [];
foreach ($seeds as $seed) {
    $cases[] = $seed;
    for ($m = 0; $m < 800; $m++) {
        $s = $seed;
        for ($edits = mt_rand(1, 3); $edits > 0 && $s !== ''; $edits--) {
            $at = mt_rand(0, strlen($s) - 1);
            switch (mt_rand(0, 4)) {
                case 0: $s[$at] = $bytes[mt_rand(0, count($bytes) - 1)]; break;
                case 1: $s[$at] = chr(mt_rand(0, 255)); break;
                case 2: $s = substr($s, 0, $at) . substr($s, $at + 1); break;
                case 3: $s = substr($s, 0, $at) . substr($s, $at, mt_rand(1, 8)) . substr($s, $at); break;
                case 4: $s = substr($s, 0, $at); break;
            }
        }
        $cases[] = $s;
    }
}
$packages = [10485760, 1000, 120, 64];
// 5.x caches input()'s result per head, whatever maxPackageSize was: one limit per head.
$limits = [];
$in = '';
foreach ($cases as $i => $s) {
    $limits[$i] = $packages[crc32(substr($s, 0, (int)strpos($s, "\r\n\r\n"))) % 4];
    $in .= pack('PP', strlen($s), $limits[$i]) . $s;
}
file_put_contents("$tmp/cases.bin", $in);
$ours = [];
exec(escapeshellarg("$tmp/drv") . ' ' . escapeshellarg("$tmp/cases.bin"), $ours, $rc);
echo "driver exit $rc, ", count($ours) === count($cases) ? 'all cases parsed' : 'case count differs', "\n";

/** Why 5.x accepts what we refuse, if that is one of the documented stricter rules, else null. */
function stricter_rule(string $s, int $ours): ?string
{
    $end = strpos($s, "\r\n\r\n");
    $head = substr($s, 0, $end + 2);
    if ($ours === 431 && substr_count($head, "\r\n") > WM_MAX_HEADERS + 1) {
        return 'more than 100 header lines';
    }
    if (preg_match('/\x00|\r(?!\n)|(?<!\r)\n/', $head)) {
        return 'NUL or bare CR/LF in the head';
    }
    if (stripos($head, 'transfer-encoding') !== false) {
        return 'chunk extension or trailer lines';
    }
    return null;
}
const WM_MAX_HEADERS = 100;

$refs = [];
exec(escapeshellarg(PHP_BINARY) . ' ' . escapeshellarg("$tmp/ref.php") . ' ' . escapeshellarg("$tmp/cases.bin"), $refs, $rc);
echo "5.x exit $rc, ", count($refs) === count($cases) ? 'all cases parsed' : 'case count differs', "\n";
$tally = [];
$bad = 0;
foreach ($cases as $i => $s) {
    [$what, $value] = explode(' ', $refs[$i]);
    [$st, $total, $headLen] = array_map('intval', explode(' ', $ours[$i]));
    $len = (int)$value;
    if ($what === 'E') {
        $ref = $len;
        $ok = $st === $ref;
        $kind = "5.x $ref";
        if (!$ok && $st === 400 && ($why = stricter_rule($s, $st)) !== null) {
            $ok = true;
            $kind = "5.x $ref, stricter here: $why";
        }
        // 5.x reads the byte after a header-less head as a header line when exactly one follows.
        if (!$ok && $ref === 400 && $st === 1 && $total === strlen($s) - 1 && substr_count(substr($s, 0, $total), "\r\n") === 2) {
            $ok = true;
            $kind = '5.x 400, accepted here: one byte after a header-less head';
        }
        // A chunked body reaching maxPackageSize is refused before its bad byte is read (http_parser.h).
        if (!$ok && $ref === 400 && $st === 413 && strlen($s) > $limits[$i]
                && stripos(substr($s, 0, (int)strpos($s, "\r\n\r\n")), 'transfer-encoding') !== false) {
            $ok = true;
            $kind = '5.x 400, 413 here: chunked body past maxPackageSize';
        }
    } elseif ($len === 0) {
        // 5.x waits for the whole head (and whole chunked body); we may refuse earlier.
        $ok = in_array($st, [0, 400, 413, 431], true);
        $kind = $st === 0 ? '5.x need more' : "5.x need more, refused early ($st)";
    } else {
        $ok = $len <= strlen($s) ? ($st === 1 && $total === $len) : ($st === 0 && $headLen > 0 && $total === $len);
        $kind = '5.x length';
        if (!$ok && $st >= 400 && ($why = stricter_rule($s, $st)) !== null) {
            $ok = true;
            $kind = "5.x length, stricter here: $why";
        }
    }
    $tally[$kind] = ($tally[$kind] ?? 0) + 1;
    if (!$ok && $bad++ < 10) {
        echo "MISMATCH ours=$ours[$i] 5.x=$refs[$i] for ", json_encode($s, JSON_INVALID_UTF8_SUBSTITUTE), "\n";
    }
}
echo "mismatches: $bad\n";
foreach (['5.x length', '5.x 400', '5.x 413', '5.x need more'] as $kind) {
    echo "$kind: ", ($tally[$kind] ?? 0) > 0 ? 'seen' : 'never', "\n";
}
@unlink("$tmp/drv"); @unlink("$tmp/drv.c"); @unlink("$tmp/ref.php"); @unlink("$tmp/cases.bin"); @rmdir($tmp);

?>
--EXPECT--
driver exit 0, all cases parsed
5.x exit 0, all cases parsed
mismatches: 0
5.x length: seen
5.x 400: seen
5.x 413: seen
5.x need more: seen
