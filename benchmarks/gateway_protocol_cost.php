<?php
// One GatewayProtocol operation called N times on the packets of benchmarks/gateway_server.php's
// echo, for benchmarks/gateway_profile.sh, which counts the instructions under callgrind and
// subtracts the run of "none" (the same loop, nothing called). Plain php, no Workerman.
//   php gateway_protocol_cost.php GW_SRC_DIR none|gw_encode|gw_decode|bw_encode|bw_decode|input N
// gw_encode: the Gateway's CMD_ON_MESSAGE to the BusinessWorker (its gatewayHeader + a 31-byte
// line); bw_decode: that packet decoded; bw_encode: Lib\Gateway::sendToCurrentClient's
// CMD_SEND_TO_ONE (GatewayProtocol::$empty + connection id + the line); gw_decode: that decoded;
// input: the length check on the CMD_ON_MESSAGE packet.
[, $gw, $op, $n] = $argv + [null, null, 'none', 0];
require "$gw/Protocols/GatewayProtocol.php";

use GatewayWorker\Protocols\GatewayProtocol;

$line = str_repeat('a', 31);
$to_worker = [
    'local_ip' => ip2long('127.0.0.1'), 'local_port' => 19502, 'client_ip' => ip2long('127.0.0.1'),
    'client_port' => 40000, 'gateway_port' => '19500', 'connection_id' => 7, 'flag' => 0,
    'cmd' => GatewayProtocol::CMD_ON_MESSAGE, 'body' => $line, 'ext_data' => '',
];
$to_gateway = GatewayProtocol::$empty;
$to_gateway['cmd'] = GatewayProtocol::CMD_SEND_TO_ONE;
$to_gateway['connection_id'] = 7;
$to_gateway['body'] = $line;
$to_worker_packet = GatewayProtocol::encode($to_worker);
$to_gateway_packet = GatewayProtocol::encode($to_gateway);

$n = (int)$n;
switch ($op) {
    case 'none':
        for ($i = 0; $i < $n; $i++) {
        }
        break;
    case 'gw_encode':
        for ($i = 0; $i < $n; $i++) {
            GatewayProtocol::encode($to_worker);
        }
        break;
    case 'bw_decode':
        for ($i = 0; $i < $n; $i++) {
            GatewayProtocol::decode($to_worker_packet);
        }
        break;
    case 'bw_encode':
        for ($i = 0; $i < $n; $i++) {
            GatewayProtocol::encode($to_gateway);
        }
        break;
    case 'gw_decode':
        for ($i = 0; $i < $n; $i++) {
            GatewayProtocol::decode($to_gateway_packet);
        }
        break;
    case 'input':
        for ($i = 0; $i < $n; $i++) {
            GatewayProtocol::input($to_worker_packet);
        }
        break;
    default:
        fwrite(STDERR, "unknown operation $op\n");
        exit(1);
}
