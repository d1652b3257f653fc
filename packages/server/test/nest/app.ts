// A NestJS service as teams write one: decorators, DTOs, Nest's exceptions and ours.
import {
  Body,
  ConflictException,
  Req,
  Controller,
  Delete,
  ForbiddenException,
  Get,
  HttpCode,
  HttpException,
  HttpStatus,
  InternalServerErrorException,
  MethodNotAllowedException,
  Module,
  NotFoundException,
  Param,
  Post,
  Query,
  Res,
  ServiceUnavailableException,
  UnauthorizedException,
  ValidationPipe,
} from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, MinLength, ValidateNested } from 'class-validator';
import { apiError } from '@monitorqa/errors';
import { created } from '../../src/index.js';
import { ContractValidationPipe, send } from '../../src/adapters/nest/index.js';

export const SECRET = 'postgres://admin:hunter2@db';

class Address {
  @IsString() @MinLength(2) city!: string;
}

export class CreateMonitor {
  @IsString() @MinLength(1) name!: string;
  @IsInt() @Min(30) interval!: number;
  @IsOptional() @ValidateNested() @Type(() => Address) address?: Address;
}

export class ListQuery {
  @Type(() => Number) @IsInt() @Max(100) limit!: number;
}

@Controller('monitors')
export class MonitorsController {
  @Get('nest/not-found') nestNotFound(): never {
    throw new NotFoundException('Monitor 7 is gone.');
  }
  @Get('nest/not-found-default') nestNotFoundDefault(): never {
    throw new NotFoundException();
  }
  @Get('nest/conflict') conflict(): never {
    throw new ConflictException('That name is taken.');
  }
  @Get('nest/unauthorized') unauthorized(): never {
    throw new UnauthorizedException();
  }
  @Get('nest/forbidden') forbidden(): never {
    throw new ForbiddenException();
  }
  @Get('nest/too-many') tooMany(): never {
    throw new HttpException('Slow down.', HttpStatus.TOO_MANY_REQUESTS);
  }
  @Get('nest/method') method(): never {
    throw new MethodNotAllowedException();
  }
  @Get('nest/internal') internal(): never {
    throw new InternalServerErrorException(`query failed on ${SECRET}`);
  }
  @Get('nest/unavailable') unavailable(): never {
    throw new ServiceUnavailableException(`pool exhausted on ${SECRET}`);
  }
  @Get('nest/envelope') envelope(): never {
    throw new HttpException(
      { error: { message: 'No monitor 9.', code: 'RESOURCE_NOT_FOUND', details: { resource: 'monitor', id: '9' } } },
      404,
    );
  }
  @Get('ours/:id') ours(@Param('id') id: string): never {
    throw apiError('RESOURCE_NOT_FOUND', { details: { resource: 'monitor', id } });
  }
  @Get('crash') crash(): never {
    throw new Error(`connect ECONNREFUSED ${SECRET}`);
  }
  @Get()
  list(@Query(new ContractValidationPipe({ transform: true })) query: ListQuery): { limit: number } {
    return { limit: query.limit };
  }
  // Nest's way: return the value, the status from @HttpCode.
  @Post('nest-way')
  @HttpCode(201)
  createNestWay(@Body(new ContractValidationPipe()) input: CreateMonitor): CreateMonitor {
    return input;
  }
  // Ours: @Res() and send() with created().
  @Post()
  create(@Body(new ContractValidationPipe()) input: CreateMonitor, @Res() res: unknown): void {
    send(res, created({ id: 'm1', name: input.name, interval: input.interval }, { location: '/monitors/m1' }));
  }
  // Nest's own ValidationPipe, untouched: its errors are flattened sentences.
  @Post('nest-pipe')
  createNestPipe(@Body(new ValidationPipe()) input: CreateMonitor): CreateMonitor {
    return input;
  }
  @Delete(':id')
  @HttpCode(204)
  remove(): void {
    // Nothing to send.
  }
}

@Module({ controllers: [MonitorsController] })
export class MonitorsModule {}

// A webhook whose signature is over the exact bytes: `rawBody: true` keeps them.
@Controller('webhooks')
export class WebhooksController {
  @Post() receive(@Req() req: { rawBody?: Buffer; body?: unknown }): { raw: string | null; body: unknown } {
    return { raw: req.rawBody?.toString('utf8') ?? null, body: req.body };
  }
}

@Module({ controllers: [WebhooksController] })
export class WebhooksModule {}
