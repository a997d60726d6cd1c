--TEST--
IDE stubs: php-src-stubs/ide/workerman-4.php and -5.php match the stubs (scripts/ide-stubs.php --check), declare exactly the classes, members, parameter names and constants each API profile registers (--compare, the stub loaded without the extension), parse, and carry Workerman's documented types (callbacks callable|null, Request::session() a Session, TcpConnection's WebSocket @property list)
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$root = dirname(__DIR__, 2);
foreach (['4', '5'] as $api) {
    foreach (['--check', '--compare'] as $mode) {
        $cmd = [PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", "$root/scripts/ide-stubs.php", $mode];
        $p = proc_open($cmd, [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
        echo stream_get_contents($pipes[1]);
        proc_close($p);
    }
    $file = "$root/php-src-stubs/ide/workerman-$api.php";
    exec(escapeshellarg(PHP_BINARY) . ' -n -l ' . escapeshellarg($file), $lint, $rc);
    echo "lint $api: $rc\n";
    $stub = file_get_contents($file);
    preg_match_all('/(\/\*\*[^\n]*\*\/)\n\s+public (?:static )?\$(on[A-Z]\w*) = null;/', $stub, $callbacks, PREG_SET_ORDER);
    $untyped = array_filter($callbacks, fn ($m) => $m[1] !== '/** @var callable|null */');
    echo "callback properties: ", count($callbacks) >= 15 ? 'many' : count($callbacks), ", not callable|null: ",
        $untyped ? implode(', ', array_column($untyped, 2)) : 'none', "\n";
    preg_match('/\/\*\* @return ([^ ]+) \*\/\n\s+public function session\(\)/', $stub, $m);
    echo "Request::session(): ", $m[1] ?? '?', "\n";
    preg_match('/((?:     \* @property [^\n]*\n)+)     \*\/\n    #\[\\\\AllowDynamicProperties\]\n    class TcpConnection\b/', $stub, $m);
    preg_match_all('/@property (\S+) \$(\w+)/', $m[1] ?? '', $props);
    $want = ['websocketType', 'onWebSocketConnect', 'onWebSocketConnected', 'onWebSocketClose', 'onWebSocketPing', 'onWebSocketPong', 'permessageDeflate', 'onMessage'];
    echo "TcpConnection @property missing: ", implode(', ', array_diff($want, $props[2])) ?: 'none', "\n";
}
?>
--EXPECT--
workerman-4.php up to date
workerman-4.php declares what the extension registers
lint 4: 0
callback properties: many, not callable|null: none
Request::session(): \Workerman\Protocols\Http\Session|false
TcpConnection @property missing: none
workerman-5.php up to date
workerman-5.php declares what the extension registers
lint 5: 0
callback properties: many, not callable|null: none
Request::session(): \Workerman\Protocols\Http\Session
TcpConnection @property missing: none
