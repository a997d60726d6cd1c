--TEST--
WebSocket handshake helpers (ext/ws/ws_handshake.c): C unit tests against libcrypto, ASAN/UBSan when available
--SKIPIF--
<?php if (!trim((string)shell_exec('command -v cc 2>/dev/null'))) die('skip cc not found'); ?>
--FILE--
<?php
$root = dirname(__DIR__, 2);
$dir = sys_get_temp_dir() . '/wm_ws_handshake_c_' . getmypid();
@mkdir($dir);
$srcs = "$root/tests/c/ws_handshake_test.c $root/ext/ws/ws_handshake.c";
$flags = trim((string)shell_exec('pkg-config --cflags openssl 2>/dev/null'));
$libs = trim((string)shell_exec('pkg-config --libs openssl 2>/dev/null')) ?: '-lcrypto';
$cmd = fn (string $san) => "cc -O1 -Wall -Werror $san $flags -I$root/ext/ws $srcs -o $dir/t $libs -lcrypto 2>&1";
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
ok 1 Sec-WebSocket-Accept (RFC 6455 example and more)
ok 2 key validation and client key
ok 3 header lookup as Workerman's regex
ok 4 101 reply bytes (4.x, 5.x, user headers, sizing)
ok 5 rejection replies
ws_handshake: %d checks, 0 failed
exit 0
