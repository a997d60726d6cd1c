--TEST--
WebSocket frame parser (ext/ws/ws_frame.c): C unit tests, built with ASAN/UBSan when available
--SKIPIF--
<?php if (!trim((string)shell_exec('command -v cc 2>/dev/null'))) die('skip cc not found'); ?>
--FILE--
<?php
$root = dirname(__DIR__, 2);
$dir = sys_get_temp_dir() . '/wm_ws_frame_c_' . getmypid();
@mkdir($dir);
$srcs = "$root/tests/c/ws_frame_test.c $root/ext/ws/ws_frame.c";
$cmd = fn (string $san) => "cc -O1 -Wall -Werror $san -I$root/ext/ws $srcs -o $dir/t 2>&1";
// Sanitizers when this compiler and libc can run them, else a plain build.
exec($cmd('-fsanitize=address,undefined -fno-sanitize-recover=undefined'), $out, $rc);
if ($rc !== 0 || !is_executable("$dir/t")) {
    $out = [];
    exec($cmd(''), $out, $rc);
}
if ($rc !== 0) {
    echo "compile failed:\n", implode("\n", $out), "\n";
}
exec("$dir/t 2>&1", $lines, $status);
echo implode("\n", $lines), "\nexit $status\n";
@unlink("$dir/t");
@rmdir($dir);
?>
--EXPECTF--
ok 1 length forms and boundaries, every prefix needs more
ok 2 first byte fields for all 256 values
ok 3 every error code
ok 4 maxPackageSize with buffered fragments
ok 5 unmask: lengths, alignments, pieces
ok 6 fragment bookkeeping
ok 7 stream split at every position (2, 3 pieces, bytewise)
ok 8 errors whatever the split
ok 9 encoder bytes (server, client, Workerman boundaries)
ws_frame: %d checks, 0 failed
exit 0
