export * from './user.entity';
export * from './team.entity';
export * from './users.service';
export * from './user.object';
import './users.events';
