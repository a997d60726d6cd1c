--TEST--
Vendored tree (developer test, WORKERMAN3_DIR=<a real Workerman 3.x, 4.x or 5.x tree>): each file is a stand-in exactly when all it declares is ours, none dies redeclaring a class unless it also declares others, and a 3.x-style app requiring the tree by path serves
--EXTENSIONS--
workerman
posix
tokenizer
--SKIPIF--
<?php
$dir = getenv('WORKERMAN3_DIR');
if (!$dir || !(is_file("$dir/Autoloader.php") || is_file("$dir/src/Worker.php"))) {
    die('skip set WORKERMAN3_DIR to a Workerman source tree (3.x, 4.x or 5.x)');
}
?>
--FILE--
<?php
require __DIR__ . '/vendored.inc';
$tree = realpath(getenv('WORKERMAN3_DIR'));
$ours = array_map('strtolower', (new ReflectionExtension('workerman'))->getClassNames());

/** The classes, interfaces, traits and enums $file declares (an oracle apart from the C scanner). */
function declared_classes(string $file): array
{
    $names = [];
    $ns = '';
    $tokens = array_values(array_filter(token_get_all(file_get_contents($file)),
        fn ($t) => !is_array($t) || !in_array($t[0], [T_WHITESPACE, T_COMMENT, T_DOC_COMMENT], true)));
    foreach ($tokens as $i => $t) {
        if (!is_array($t)) {
            continue;
        }
        if ($t[0] === T_NAMESPACE && is_array($tokens[$i + 1]) && in_array($tokens[$i + 1][0], [T_STRING, T_NAME_QUALIFIED], true)) {
            $ns = $tokens[$i + 1][1] . '\\';
        }
        $before = $tokens[$i - 1] ?? null;
        if (in_array($t[0], [T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM], true) && is_array($tokens[$i + 1]) && $tokens[$i + 1][0] === T_STRING
            && !(is_array($before) && in_array($before[0], [T_DOUBLE_COLON, T_NEW], true))) {
            $names[] = $ns . $tokens[$i + 1][1];
        }
    }
    return $names;
}

$files = [];
foreach (new RecursiveIteratorIterator(new RecursiveDirectoryIterator($tree, FilesystemIterator::SKIP_DOTS)) as $path => $info) {
    $relative = substr($path, strlen($tree) + 1);
    if (str_ends_with($path, '.php') && !preg_match('#^(tests|vendor)/#', $relative)) {
        $files[] = $relative;
    }
}
sort($files);
$report = ['stand-in' => [], 'compiled' => [], 'mixed, dies redeclaring' => []];
$wrong = [];
foreach ($files as $relative) {
    $declared = declared_classes("$tree/$relative");
    $mine = array_filter($declared, fn ($c) => in_array(strtolower($c), $ours, true));
    $standIn = $relative === 'Lib/Constants.php' || ($declared && count($mine) === count($declared));
    $out = wm_vendored_run('$n = count(get_declared_classes()) + count(get_declared_interfaces()) + count(get_declared_traits());'
        . "\$r = require_once '$tree/$relative';"
        . 'echo "result:", var_export($r, true), " new:", count(get_declared_classes()) + count(get_declared_interfaces()) + count(get_declared_traits()) - $n;');
    $skipped = trim($out) === 'result:1 new:0';
    $redeclared = str_contains($out, 'Cannot declare');
    if ($standIn !== $skipped || ($redeclared && !$mine)) {
        $wrong[] = "$relative: " . trim($out);
    }
    $report[$standIn ? 'stand-in' : ($mine && $redeclared ? 'mixed, dies redeclaring' : 'compiled')][] = $relative;
}
foreach ($report as $kind => $list) {
    printf("%s (%d): %s\n", $kind, count($list), implode(', ', $list));
}
echo "wrong: ", $wrong ? implode("\n", $wrong) : 'none', "\n";

/* A 3.x-style app: the tree's Autoloader.php (5.x: its src files) by path, then the 3.x API. */
$requires = is_file("$tree/Autoloader.php") ? ["$tree/Autoloader.php"]
    : ["$tree/src/Worker.php", "$tree/src/Timer.php", "$tree/src/Connection/TcpConnection.php", "$tree/src/Protocols/Text.php"];
$port = wm_free_port();
$server = new WmServer(implode('', array_map(fn ($f) => "require_once '$f';\n", $requires)) . <<<PHP
use Workerman\Worker;
use Workerman\Lib\Timer;
\$worker = new Worker('text://127.0.0.1:$port');
\$worker->count = 2;
\$worker->onWorkerStart = function (\$worker) {
    Timer::add(0.01, function () use (\$worker) { echo "worker {\$worker->id} up\\n"; wm_ready(); }, array(), false);
};
\$worker->onMessage = function (\$connection, \$data) {
    \$connection->send("hello \$data");
};
Worker::runAll();
PHP);
$server->waitReady(2);
$c = wm_connect($port);
fwrite($c, "client\n");
echo "app: ", fgets($c);
fclose($c);
$out = $server->stop();
var_dump(substr_count($out, ' up'), str_contains($out, 'Fatal'));
?>
--EXPECTF--
stand-in (%d): %s
compiled (%d): %A
mixed, dies redeclaring (%d): %A
wrong: none
app: hello client
int(2)
bool(false)
