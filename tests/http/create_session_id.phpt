--TEST--
Request::createSessionId(): protected under profile 4 (4.2.1; 4.x subclasses redeclare it protected), public static with a string return under 5 (5.2.2), 32 hex characters
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Protocols\Http\Request;
$m = new ReflectionMethod(Request::class, 'createSessionId');
echo $m->isPublic() ? 'public' : 'protected', ' ', $m->hasReturnType() ? $m->getReturnType() : '-', ' ';
class MyRequest extends Request { public static function id() { return static::createSessionId(); } }
$id = MyRequest::id();
echo preg_match('/^[0-9a-f]{32}$/', $id) ? 'hex32' : $id, "\n";
PHP;
foreach (['4', '5'] as $api) {
    $p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-d', "workerman.api=$api", '-r', $code], [1 => ['pipe', 'w'], 2 => ['redirect', 1]], $pipes);
    echo "$api: ", stream_get_contents($pipes[1]);
    proc_close($p);
}
?>
--EXPECT--
4: protected - hex32
5: public string hex32
