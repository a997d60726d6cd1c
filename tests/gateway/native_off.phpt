--TEST--
GatewayProtocol in C stays off for workerman.gateway_protocol=php, and under the default (native) for a GatewayProtocol file that is not a known GatewayWorker release: the PHP methods run, same bytes
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/gateway_codec.inc';
wm_gw_run('php');
wm_gw_run('native');
?>
--EXPECT--
well-formed packages: 220 checked, 0 differ
malformed packages: 14 checked, 0 differ
encode cases: 73 checked, 0 differ
PHP methods called by the runtime: input yes, decode 309, encode 73
serialized body cut at the package end: same
over the limit: closed
mode 'php'
Error package. package_length=2147483647
well-formed packages: 220 checked, 0 differ
malformed packages: 14 checked, 0 differ
encode cases: 73 checked, 0 differ
PHP methods called by the runtime: input yes, decode 309, encode 73
serialized body cut at the package end: same
over the limit: closed
mode 'native'
Error package. package_length=2147483647
