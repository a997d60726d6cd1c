--TEST--
UDP differential: raw, text:// + transport udp, user protocols with and without input(), decode false, getters over 127.0.0.1 and ::1, close($data), $statistics
--EXTENSIONS--
workerman
posix
pcntl
--SKIPIF--
<?php require __DIR__ . '/../include/differential.inc'; if (!wm_workerman_dir()) die('skip set WORKERMAN_DIR to a Workerman 4.2.1 tree'); ?>
--FILE--
<?php
require __DIR__ . '/../include/differential.inc';
$code = <<<'PHP'
namespace Protocols {
class Pipe {
    public static function input($buffer, $connection) { $p = strpos($buffer, '|'); return $p === false ? 0 : $p + 1; }
    public static function decode($buffer, $connection) { $b = substr($buffer, 0, -1); return $b === 'skip' ? false : "[$b]"; }
    public static function encode($data, $connection) { return $data === '' ? '' : "<$data>"; }
}
class Whole {
    public static function decode($buffer, $connection) { return $buffer === 'drop' ? false : strtoupper($buffer); }
    public static function encode($data, $connection) { return '{' . $data . '}'; }
}
}
namespace {
use Workerman\Worker;
use Workerman\Connection\ConnectionInterface;
$info = function ($c) {
    return json_encode([$c->getRemoteIp(), $c->getRemotePort(), $c->getRemoteAddress(), $c->getLocalIp(),
        $c->getLocalPort(), $c->getLocalAddress(), $c->isIpV4(), $c->isIpV6(), $c->transport, $c->protocol]);
};
$raw = new Worker('udp://127.0.0.1:__PORT__');
$raw->onWorkerStart = function () { wm_ready(); };
$raw->onMessage = function ($c, $data) use ($info) {
    if ($data === 'stats') { $c->send(json_encode(ConnectionInterface::$statistics)); return; }
    if ($data === 'info') { $c->send($info($c)); return; }
    if ($data === 'close') { var_dump($c->close('bye')); var_dump($c->close()); echo "close done\n"; return; }
    var_dump($c->send("re:$data"));
};
$text = new Worker('text://127.0.0.1:' . (__PORT__ + 1));
$text->transport = 'udp';
$text->onMessage = function ($c, $data) { echo "text ", json_encode($data), "\n"; $c->send("t:$data"); };
$pipe = new Worker('pipe://127.0.0.1:' . (__PORT__ + 2));
$pipe->transport = 'udp';
$pipe->onMessage = function ($c, $data) { echo "pipe ", json_encode($data), "\n"; var_dump($c->send($data), $c->send('')); echo "pipe done\n"; };
$whole = new Worker('whole://127.0.0.1:' . (__PORT__ + 3));
$whole->transport = 'udp';
$whole->onMessage = function ($c, $data) { echo "whole ", json_encode($data), "\n"; var_dump($c->send($data), $c->send('raw', true)); echo "whole done\n"; };
$v6 = new Worker('udp://[::1]:' . (__PORT__ + 4));
$v6->onMessage = function ($c, $data) use ($info) { $c->send($info($c)); };
Worker::runAll();
}
PHP;
$scenario = function ($server, $port) {
    $server->waitReady();
    $out = '';
    /* Each worker is a process: its output is waited for before the next one is asked. */
    $ask = function ($address, $send, $replies, $mark = null, $times = 1) use (&$out, $server) {
        $c = wm_udp_client($address);
        $name = stream_socket_get_name($c, false);
        $cport = substr($name, strrpos($name, ':') + 1);
        foreach ((array)$send as $datagram) {
            fwrite($c, $datagram);
        }
        for ($i = 0; $i < $replies; $i++) {
            $out .= str_replace($cport, 'CPORT', var_export(wm_udp_recv($c), true)) . "\n";
        }
        fclose($c);
        if ($mark) {
            $server->waitFor($mark, $times);
        }
    };
    $ask("udp://127.0.0.1:$port", ['one', 'two', 'info', 'close', 'three', 'stats'], 6, 'close done');
    $ask("udp://127.0.0.1:" . ($port + 1), ["a\nb\r\nc", "solo\n"], 3, 'text "solo"');
    $ask("udp://127.0.0.1:" . ($port + 2), ["a|skip|b|c", "d|"], 3, 'pipe done', 3);
    $ask("udp://127.0.0.1:" . ($port + 3), ["drop", "hi"], 2, 'whole done');
    $ask("udp://[::1]:" . ($port + 4), ['info'], 1);
    return str_replace([(string)($port + 2), (string)($port + 3), (string)($port + 4)], ['PORT2', 'PORT3', 'PORT4'], $out);
};
/* The start UI shows the extra ports: keep the column width, drop the number. */
$results = array_map(function ($r) {
    return preg_replace_callback('~((?:pipe|whole)://127\.0\.0\.1:|udp://\[::1\]:)(\d+)~', function ($m) {
        return $m[1] . str_repeat('N', strlen($m[2]));
    }, $r);
}, wm_differential($code, $scenario));
wm_assert_same($results);
echo $results[0];
?>
--EXPECTF--
same
're:one'
're:two'
'["127.0.0.1",CPORT,"127.0.0.1:CPORT","127.0.0.1",PORT,"127.0.0.1:PORT",true,false,"udp",null]'
'bye'
're:three'
'{"connection_count":0,"total_request":5,"throw_exception":0,"send_fail":0}'
't:a
'
't:b
'
't:solo
'
'<[a]>'
'<[b]>'
'<[d]>'
'{HI}'
'raw'
'["::1",CPORT,"[::1]:CPORT","[::1]",PORT4,"[::1]:PORT4",false,true,"udp",null]'

--- server output ---
%A
bool(true)
bool(true)
bool(true)
bool(true)
close done
bool(true)
text "a"
text "b"
text "solo"
pipe "[a]"
bool(true)
NULL
pipe done
pipe "[b]"
bool(true)
NULL
pipe done
pipe "[d]"
bool(true)
NULL
pipe done
whole "HI"
bool(true)
bool(true)
whole done
Workerman[start.php] stopping ...
Workerman[start.php] has been stopped
