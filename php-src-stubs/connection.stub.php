<?php

/**
 * Workerman\Connection: TcpConnection and the abstract ConnectionInterface.
 * Connection properties (id, worker, protocol, transport, callbacks, buffer limits, ...)
 * live in C and are served by object handlers; they are listed here for IDEs only.
 * @generate-class-entries
 */

namespace {
    /** @var int */
    const WORKERMAN_CONNECT_FAIL = 1;
    /** @var int */
    const WORKERMAN_SEND_FAIL = 2;
    /** @var string */
    const OS_TYPE_LINUX = 'linux';
    /** @var string */
    const OS_TYPE_WINDOWS = 'windows';
}

namespace Workerman\Connection {

    #[\AllowDynamicProperties]
    abstract class ConnectionInterface
    {
        /** @var int */
        public const CONNECT_FAIL = 1;
        /** @var int */
        public const SEND_FAIL = 2;

        /** @var array */

        public static $statistics = [];

#if WM_API == 5
        /**
         * 5.x: where an exception of this connection's callbacks goes: $this->errorHandler
         * when set (a dynamic property here), else Worker::stopAll(250, $exception).
         */
        public function error(\Throwable $exception): void {}
#endif

#if WM_API == 5
        /** @return bool|null */
        abstract public function send(mixed $sendBuffer, bool $raw = false);
#else
        /** @return bool|null */
        abstract public function send(mixed $send_buffer, bool $raw = false);
#endif

        /** @return void */
        abstract public function close(mixed $data = null, bool $raw = false);

        /** @return string */
        abstract public function getRemoteIp();

        /** @return int */
        abstract public function getRemotePort();

        /** @return string */
        abstract public function getRemoteAddress();

        /** @return string */
        abstract public function getLocalIp();

        /** @return int */
        abstract public function getLocalPort();

        /** @return string */
        abstract public function getLocalAddress();

        /** @return bool */
        abstract public function isIpV4();

        /** @return bool */
        abstract public function isIpV6();
    }

    /**
     * @property int $id
     * @property \Workerman\Worker|null $worker
     * @property string|null $protocol
     * @property string $transport
     * @property int $bytesRead
     * @property int $bytesWritten
     * @property int $maxSendBufferSize
     * @property int $maxPackageSize
     * @property \stdClass $context
     * @property callable|null $onMessage
     * @property callable|null $onClose
     * @property callable|null $onError
     * @property callable|null $onBufferFull
     * @property callable|null $onBufferDrain
     * @property array $headers
     */
    #[\AllowDynamicProperties]
    class TcpConnection extends ConnectionInterface implements \JsonSerializable
    {
        /** @var int */
        public const STATUS_INITIAL = 0;
        /** @var int */
        public const STATUS_CONNECTING = 1;
        /** @var int */
        public const STATUS_ESTABLISHED = 2;
#if WM_API == 5
        /** @var int */
        public const READ_BUFFER_SIZE = 87380;
        /** @var int */
        public const STATUS_ENDING = 4;
        /** @var int */
        public const STATUS_CLOSING = 8;
        /** @var int */
        public const STATUS_CLOSED = 16;
        /** @var int */
        public const MAX_CACHE_STRING_LENGTH = 2048;
        /** @var int */
        public const MAX_CACHE_SIZE = 512;
        /** @var int */
        public const TCP_KEEPALIVE_INTERVAL = 55;
        /* STATUS_TO_STRING (an array) is declared in C: gen_stub takes scalars only. */
#else
        /** @var int */
        public const READ_BUFFER_SIZE = 65535;
        /** @var int */
        public const STATUS_CLOSING = 4;
        /** @var int */
        public const STATUS_CLOSED = 8;
#endif

        /** @var int */

        public static $defaultMaxSendBufferSize = 1048576;
        /** @var int */
        public static $defaultMaxPackageSize = 10485760;
        /** @var float */
        public static $defaultLingerTimeout = 1.0;
        /**
         * Seconds an accepted transport 'ssl' connection may take to finish its TLS
         * handshake before it is closed (0 disables). Not in Workerman.
         * @var int|float
         */
        public static $sslHandshakeTimeout = 60;
        /** @var array */
        public static $connections = [];

#if WM_API == 5
        /** A socket accepted by PHP code becomes a live connection on the loop (5.x). */
        public function __construct(\Workerman\Events\EventInterface $eventLoop, mixed $socket, string $remoteAddress = '') {}
#else
        public function __construct(mixed $socket, string $remote_address = '') {}
#endif

#if WM_API == 5
        /** @return bool|null */
        public function send(mixed $sendBuffer, bool $raw = false) {}
#else
        /** @return bool|null */
        public function send(mixed $send_buffer, bool $raw = false) {}
#endif

        /** @return void */
        public function close(mixed $data = null, bool $raw = false) {}

#if WM_API == 5
        /**
         * [5] Sends $data, stops delivering input, half-closes once the send buffer is
         * flushed, then closes after lingerTimeout seconds or at the peer's EOF.
         * @return void
         */
        public function end(mixed $data = null, bool $raw = false) {}
#endif

        /** @return void */
        public function destroy() {}

        /** @return void */
        public function pauseRecv() {}

        /** @return void */
        public function resumeRecv() {}

        /** @return void */
        public function pipe(TcpConnection $dest, bool $raw = false) {}

        /** @return void */
        public function consumeRecvBuffer(int $length) {}

#if WM_API == 5
        /** @return int|string */
        public function getStatus(bool $rawOutput = true) {}
#else
        /** @return int|string */
        public function getStatus(bool $raw_output = true) {}
#endif

#if WM_API == 5
        /**
         * The read watcher's work, now: a pending TLS handshake step, one read (EOF destroys
         * unless !$checkEof), then the packages buffered so far go to onMessage unless paused.
         * $socket is not read from: the connection reads its own socket.
         */
        public function baseRead(mixed $socket, bool $checkEof = true): void {}

        /** The write watcher's work, now: what is queued is written, as much as the socket takes. */
        public function baseWrite(): void {}

        /** One step of a pending TLS handshake: true done, 0 wait, false failed (destroyed) or no TLS. */
        public function doSslHandshake(mixed $socket): bool|int {}
#else
        /**
         * The read watcher's work, now: a pending TLS handshake step, one read (EOF destroys
         * unless !$check_eof), then the packages buffered so far go to onMessage unless paused.
         * $socket is not read from: the connection reads its own socket.
         * @return void
         */
        public function baseRead(mixed $socket, mixed $check_eof = true) {}

        /**
         * The write watcher's work, now: what is queued is written, as much as the socket
         * takes; true once the queue is empty (then onBufferDrain, as 4.2.1 does even when
         * nothing was queued).
         * @return bool|null
         */
        public function baseWrite() {}

        /**
         * One step of a pending TLS handshake: true done, 0 wait, false failed (destroyed) or no TLS.
         * @return bool|int
         */
        public function doSslHandshake(mixed $socket) {}
#endif

        /** @return int */
        public function getSendBufferQueueSize() {}

        /** @return int */
        public function getRecvBufferQueueSize() {}

        /** @return bool */
        public function bufferIsEmpty() {}

        /**
         * The socket's file descriptor as an int (null once closed): the connection owns a
         * bare fd, no PHP stream is made for it.
         * @return mixed
         */
        public function getSocket() {}

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

        public function jsonSerialize(): mixed {}
    }
}
