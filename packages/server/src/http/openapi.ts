// The OpenAPI 3.1 document (served at /v1/openapi.json) and its Swagger UI at /docs. The routes describe
// themselves (zod schemas, operationId, summary); src/openapi/ completes what every operation shares.
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { API_DESCRIPTION, finishDocument, SECURITY_SCHEMES, SERVER_VERSION, type OpenApiDocument } from '../openapi/document.js';

export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Numérique pour tous API',
        version: SERVER_VERSION,
        description: API_DESCRIPTION,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      components: { securitySchemes: SECURITY_SCHEMES },
    },
    transform: jsonSchemaTransform,
    transformObject: (input) =>
      finishDocument(jsonSchemaTransformObject(input) as OpenApiDocument, { publicUrl: config.publicUrl }) as ReturnType<
        typeof jsonSchemaTransformObject
      >,
  });
  await app.register(swaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    // Swagger UI sets style attributes, which style hashes cannot allow; its scripts stay hash-pinned.
    transformStaticCSP: (header) => header.replace(/style-src [^;]*/, "style-src 'self' 'unsafe-inline'"),
    uiConfig: { url: '/v1/openapi.json' } as object,
  });
}
