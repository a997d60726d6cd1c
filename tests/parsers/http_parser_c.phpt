--TEST--
HTTP parser (pure C): tests/c/http_parser_test.c built with ext/http/http_parser.c, with SIMD scanning under ASAN+UBSAN (when the compiler has them) and all-scalar
--SKIPIF--
<?php
if (!function_exists('proc_open') || trim((string)shell_exec('command -v cc 2>/dev/null')) === '') {
    die('skip no cc to build the C unit tests');
}
?>
--FILE--
<?php
$root = dirname(__DIR__, 2);
$tmp = sys_get_temp_dir() . '/wm_http_parser_' . getmypid();
@mkdir($tmp);
$src = escapeshellarg("$root/tests/c/http_parser_test.c") . ' ' . escapeshellarg("$root/ext/http/http_parser.c");
$inc = '-I' . escapeshellarg("$root/ext/http");

/** Builds with the sanitizers (when asked and this cc links them), else plain; returns the binary or null. */
function build(string $tmp, string $name, string $src, string $inc, string $defines, bool $sanitize): ?string
{
    $bin = "$tmp/$name";
    foreach ($sanitize ? ['-fsanitize=address,undefined -fno-sanitize-recover=undefined', ''] : [''] as $san) {
        exec("cc -O1 -g -Wall -Werror $san $defines $inc $src -o " . escapeshellarg($bin) . ' 2>&1', $out, $rc);
        if ($rc === 0) {
            return $bin;
        }
    }
    echo implode("\n", $out), "\n";
    return null;
}

// The SIMD build runs the scalar loops too (on every tail under 16 bytes), so only it pays for
// the sanitizers; the all-scalar build checks the results of the fallback.
foreach (['simd' => '', 'scalar' => '-DWM_HTTP_NO_SIMD'] as $name => $defines) {
    $bin = build($tmp, $name, $src, $inc, $defines, $name === 'simd');
    if ($bin === null) {
        echo "$name: build failed\n";
        continue;
    }
    // LSan needs ptrace-free /proc access that some sandboxes deny: leaks are not what this checks.
    exec('ASAN_OPTIONS=detect_leaks=0 ' . escapeshellarg($bin) . ' 2>&1', $out, $rc);
    $failed = array_filter($out, fn ($l) => !str_starts_with($l, 'ok '));
    echo "$name: exit $rc\n", implode("\n", $failed), "\n";
    $out = [];
    @unlink($bin);
}
@rmdir($tmp);
?>
--EXPECTF--
simd: exit 0
PASS: %d tests, 0 failed
scalar: exit 0
PASS: %d tests, 0 failed
