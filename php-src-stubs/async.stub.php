<?php

/**
 * Workerman\Connection\AsyncTcpConnection: an outgoing TCP (or unix socket) connection with
 * TcpConnection's send buffer, protocols and callbacks, connected without blocking the loop.
 * @generate-class-entries
 */

namespace Workerman\Connection {

    #[\AllowDynamicProperties]
    class AsyncTcpConnection extends TcpConnection
    {
        /** @var callable|null */
        public $onConnect = null;
        /** 5.x: "host:port" of a SOCKS5 proxy the connection goes through. */
        public string $proxySocks5 = '';
        /** 5.x: "host:port" of an HTTP proxy asked with CONNECT. */
        public string $proxyHttp = '';
        /** 5.x: the Proxy-Authorization value sent with CONNECT. */
        public string $proxyAuthorization = '';
        /** 5.x: SOCKS5 user name (RFC 1929), with $proxySocks5Password. */
        public string $proxySocks5Username = '';
        /** 5.x: SOCKS5 password. */
        public string $proxySocks5Password = '';

#if WM_API == 5
        /**
         * "<scheme>://host:port/path?query": tcp, unix, ssl... set the transport; any other
         * scheme names a protocol class (\Protocols\<Scheme>, else \Workerman\Protocols\<Scheme>).
         */
        public function __construct(string $remoteAddress, array $socketContext = []) {}
#else
        /**
         * "<scheme>://host:port/path?query": tcp, unix, ssl... set the transport; any other
         * scheme names a protocol class (\Protocols\<Scheme>, else \Workerman\Protocols\<Scheme>).
         */
        public function __construct(string $remote_address, array $context_option = []) {}
#endif

        /** @return void */
        public function connect() {}

#if WM_API == 5
        /** Connects again now, or after $after whole seconds (5.x takes an int). */
        public function reconnect(int $after = 0): void {}
#else
        /**
         * Connects again now, or after $after seconds (a float).
         * @return void
         */
        public function reconnect(mixed $after = 0) {}
#endif

        /** @return void */
        public function cancelReconnect() {}

        /** @return string */
        public function getRemoteHost() {}

        /** @return string */
        public function getRemoteURI() {}
    }
}
