--TEST--
GatewayProtocol in C (workerman.gateway_protocol=force): decode and encode equal a PHP GatewayProtocol over generated and malformed packages; the PHP methods run only for what C declines
--EXTENSIONS--
workerman
posix
--FILE--
<?php
require __DIR__ . '/gateway_codec.inc';
wm_gw_run('force');
?>
--EXPECT--
well-formed packages: 220 checked, 0 differ
malformed packages: 14 checked, 0 differ
encode cases: 73 checked, 0 differ
PHP methods called by the runtime: input no, decode 9, encode 10
serialized body cut at the package end: same
over the limit: closed
mode 'force'
Error package. package_length=2147483647
