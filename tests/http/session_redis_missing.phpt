--TEST--
Http\Session\RedisSessionHandler / RedisClusterSessionHandler without ext-redis: RuntimeException 'Please install redis extension.' / Error as `new \RedisCluster` gives
--EXTENSIONS--
workerman
--FILE--
<?php
require __DIR__ . '/../include/server.inc';
$code = <<<'PHP'
use Workerman\Protocols\Http\Session;
use Workerman\Protocols\Http\Session\RedisSessionHandler;
use Workerman\Protocols\Http\Session\RedisClusterSessionHandler;
var_dump(extension_loaded('redis'), (new ReflectionClass(RedisClusterSessionHandler::class))->getParentClass()->getName());
foreach ([fn() => new RedisSessionHandler(['host' => '127.0.0.1', 'port' => 1]),
          fn() => new RedisClusterSessionHandler(['host' => ['127.0.0.1:1']])] as $make) {
    try { $make(); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
}
Session::handlerClass(RedisSessionHandler::class, ['host' => '127.0.0.1', 'port' => 1]);
try { new Session('abc'); } catch (Throwable $e) { echo get_class($e), ': ', $e->getMessage(), "\n"; }
PHP;
$p = proc_open([PHP_BINARY, '-n', '-d', 'extension=' . wm_ext_path(), '-r', $code], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
echo stream_get_contents($pipes[1]), stream_get_contents($pipes[2]);
proc_close($p);
?>
--EXPECT--
bool(false)
string(52) "Workerman\Protocols\Http\Session\RedisSessionHandler"
RuntimeException: Please install redis extension.
Error: Class "RedisCluster" not found
RuntimeException: Please install redis extension.
