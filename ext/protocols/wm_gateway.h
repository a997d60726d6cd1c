/* wm_gateway.h: GatewayWorker's GatewayProtocol in C (wm_gateway.c): the INI
 * workerman.gateway_protocol and the recogniser it registers with wm_protocol.c. */
#ifndef WM_GATEWAY_H
#define WM_GATEWAY_H

void wm_gateway_minit(int module_number);

#endif
