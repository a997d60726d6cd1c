<?php

/**
 * Workerman\Connection: UdpConnection (one per datagram received by a udp Worker) and
 * AsyncUdpConnection (a connected udp client socket). The socket and the peer address
 * live in C; the callbacks, protocol and transport are ordinary declared properties.
 * @generate-class-entries
 */

namespace Workerman\Connection {

    #[\AllowDynamicProperties]
    class UdpConnection extends ConnectionInterface implements \JsonSerializable
    {
        /** @var int */
        public const MAX_UDP_PACKAGE_SIZE = 65535;

        /** @var callable|null */
        public $onMessage = null;
        /** @var callable|null */
        public $onClose = null;
        /** @var callable|null */
        public $onError = null;
        /** @var string|null */
        public $protocol = null;
        /** @var string */
        public $transport = 'udp';

#if WM_API == 5
        /** @param resource|int $socket */
        public function __construct(mixed $socket, string $remoteAddress) {}
#else
        /** @param resource|int $socket */
        public function __construct(mixed $socket, string $remote_address) {}
#endif

#if WM_API == 5
        /** @return bool|null */
        public function send(mixed $sendBuffer, bool $raw = false) {}
#else
        /** @return bool|null */
        public function send(mixed $send_buffer, bool $raw = false) {}
#endif

        /** @return bool */
        public function close(mixed $data = null, bool $raw = false) {}

        /** @return string */
        public function getRemoteIp() {}

        /** @return int */
        public function getRemotePort() {}

        /** @return string */
        public function getRemoteAddress() {}

        /** @return string */
        public function getLocalIp() {}

        /** @return int */
        public function getLocalPort() {}

        /** @return string */
        public function getLocalAddress() {}

        /** @return bool */
        public function isIpV4() {}

        /** @return bool */
        public function isIpV6() {}

        /** @return int|null */
        public function getSocket() {}

        public function jsonSerialize(): mixed {}
    }

    #[\AllowDynamicProperties]
    class AsyncUdpConnection extends UdpConnection
    {
        /** @var callable|null */
        public $onConnect = null;

#if WM_API == 5
        public function __construct(string $remoteAddress, ?array $contextOption = null) {}
#else
        public function __construct(string $remote_address, ?array $context_option = null) {}
#endif

#if WM_API == 5
        /** @return bool|null */
        public function send(mixed $sendBuffer, bool $raw = false) {}
#else
        /** @return bool|null */
        public function send(mixed $send_buffer, bool $raw = false) {}
#endif

        /** @return bool */
        public function close(mixed $data = null, bool $raw = false) {}

        /** @return void */
        public function connect() {}
    }
}
